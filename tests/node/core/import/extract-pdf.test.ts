import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../src-main/core/import/extract';
import { makePdf } from '../../../helpers/make-pdf';

describe('PDF import', () => {
  it('reads the text layer and the Title and Author metadata of a hand-made PDF', async () => {
    const pdf = makePdf(['Uzbekistan border security', 'Kurbanov reported that 42 percent of the border is covered.'], {
      title: 'Border report',
      author: 'Bakhodir Kurbanov',
    });
    expect(pdf.length).toBeLessThan(1000);
    const r = await extractDocument(pdf, 'report.pdf');
    expect(r.meta).toMatchObject({ title: 'Border report', author: 'Bakhodir Kurbanov' });
    expect(r.text).toContain('Uzbekistan border security');
    expect(r.text).toContain('42 percent of the border is covered.');
    for (const b of r.blocks) expect(r.text.slice(b.start, b.end).trim()).not.toBe('');
  });

  it('takes the first line as the title when the PDF has none', async () => {
    const r = await extractDocument(makePdf(['Middle Corridor freight', 'Volumes grew in 2025.']), 'x.pdf');
    expect(r.meta.title).toBe('Middle Corridor freight');
  });

  it('refuses a damaged PDF and a file that only claims to be one', async () => {
    await expect(extractDocument(Buffer.from('%PDF-1.4\nnot really a pdf at all'), 'bad.pdf')).rejects.toThrow(/PDF could not be read|no text layer/);
    await expect(extractDocument(Buffer.from('plain words'), 'fake.pdf')).rejects.toThrow(/not a PDF file/);
  });
});
