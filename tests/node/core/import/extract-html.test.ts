import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../src-main/core/import/extract';

const PAGE = `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>OTS summit in Gabala | Azernews</title>
<meta property="og:title" content="OTS summit in Gabala focuses on regional security">
<meta property="og:site_name" content="Azernews">
<meta property="article:published_time" content="2025-10-07T18:05:00+04:00">
<meta name="author" content="Fatima Mammadova">
<link rel="canonical" href="https://www.azernews.az/region/248100.html">
<script>window.stolen = document.cookie</script>
</head><body>
<nav><a href="/">Home</a> <a href="/region">Region</a></nav>
<article>
<h1>OTS summit in Gabala focuses on regional security</h1>
<p>The 12th summit of the Organization of Turkic States opened in Gabala on 7 October 2025 under the theme of regional peace and security.
Leaders discussed a shared security agenda and the Turkic Investment Fund.</p>
<figure><img src="x.jpg" onerror="alert('img')"><figcaption>Leaders in Gabala. Photo: AZERTAC</figcaption></figure>
<h2>What was agreed</h2>
<ul><li>A declaration on peace and security</li><li>Joint exercises in <a href="javascript:alert('li')">Azerbaijan</a> in 2026</li></ul>
<p onclick="alert('p')">The Turkic Investment Fund has an authorized capital of around $600 million and should start operating in early 2026.
<script>document.write('injected text')</script><span onmouseover="steal()">More details</span> were not given.</p>
</article>
</body></html>`;

const html = (s: string): Buffer => Buffer.from(s, 'utf8');

describe('HTML import', () => {
  it('reads metadata, blocks and captions of an article page', async () => {
    const r = await extractDocument(html(PAGE), 'page.html');
    expect(r.meta).toMatchObject({
      title: 'OTS summit in Gabala focuses on regional security',
      outlet: 'Azernews',
      published: '2025-10-07',
      author: 'Fatima Mammadova',
      language: 'en',
      url: 'https://www.azernews.az/region/248100.html',
    });
    const blocks = r.blocks.map((b) => [b.kind, b.level, r.text.slice(b.start, b.end), b.credit]);
    expect(blocks[0]).toEqual(['heading', 1, 'OTS summit in Gabala focuses on regional security', null]);
    expect(blocks).toContainEqual(['caption', null, 'Leaders in Gabala. Photo: AZERTAC', 'AZERTAC']);
    expect(blocks).toContainEqual(['heading', 2, 'What was agreed', null]);
    expect(blocks).toContainEqual(['list_item', null, 'Joint exercises in Azerbaijan in 2026', null]);
    expect(r.text.split('OTS summit in Gabala focuses on regional security')).toHaveLength(2);
    expect(r.text).not.toContain('Home');
  });

  it('lets no script, event handler or javascript: link reach the text', async () => {
    const r = await extractDocument(html(PAGE), 'page.html');
    expect(r.text).toContain('More details were not given.');
    for (const bad of ['cookie', 'injected text', 'alert', 'onerror', 'onclick', 'javascript:', 'steal()', '<']) {
      expect(r.text).not.toContain(bad);
    }
  });

  it('imports malformed HTML it can read and refuses HTML with no text', async () => {
    const r = await extractDocument(html('<p>Unclosed <b>bold <i>text<div>Trend reports from Baku</p></b>'), 'broken.htm');
    expect(r.text).toContain('Unclosed bold text');
    expect(r.text).toContain('Trend reports from Baku');
    await expect(extractDocument(html('<html><head><script>alert(1)</script></head><body>  </body></html>'), 'empty.html')).rejects.toThrow(
      /no article text/,
    );
  });

  it('drops a Related news trailer', async () => {
    const page = `<html><body><article><h1>Corridor</h1><p>${'Freight on the Middle Corridor grew. '.repeat(20)}</p>
      <p>${'Ports in Aktau and Baku expanded. '.repeat(20)}</p><h3>Related news</h3><ul><li>Other story</li><li>Another</li></ul>
      </article></body></html>`;
    const r = await extractDocument(html(page), 'related.html');
    expect(r.text).toContain('Ports in Aktau and Baku expanded.');
    expect(r.text).not.toContain('Related news');
    expect(r.text).not.toContain('Other story');
  });

  it('honours a declared legacy charset', async () => {
    const bytes = Buffer.concat([
      html('<html><head><meta charset="windows-1254"></head><body><p>'),
      Buffer.from([0x4b, 0x61, 0x72, 0x61, 0x62, 0x61, 0xf0]), // "Karabağ"
      html('</p></body></html>'),
    ]);
    const r = await extractDocument(bytes, 'tr.html');
    expect(r.text).toContain('Karabağ');
  });

  it('says a caption\'s credit once (Eurasianet repeats it in the figcaption and in a credit line)', async () => {
    const page = `<html><head><meta property="og:site_name" content="Eurasianet"></head><body><article>
<h1>Kazakhstan: Rail freight to China hits record</h1>
<p>Freight volumes on the Khorgos crossing reached a record in September, railway officials said on Monday.</p>
<figure><img src="a.jpg"><figcaption>The Khorgos dry port. Photo: Eurasianet Photo: Eurasianet</figcaption></figure>
<p>Photo: Eurasianet</p>
<p>Operators expect the growth to continue as timetables are synchronised across the Caspian crossing.</p>
<figure><img src="b.jpg"><figcaption>Trains at Altynkol</figcaption></figure>
<p>Photo: Kazakhstan Temir Zholy</p>
<p>Photo: Vlast.kz</p>
<p>A last paragraph about the corridor and its prospects for the coming year.</p>
</article></body></html>`;
    const r = await extractDocument(html(page), 'eurasianet.html');
    const captions = r.blocks.filter((b) => b.kind === 'caption').map((b) => [r.text.slice(b.start, b.end), b.credit]);
    expect(captions).toEqual([
      ['The Khorgos dry port. Photo: Eurasianet', 'Eurasianet'],
      ['Trains at Altynkol Photo: Kazakhstan Temir Zholy', 'Kazakhstan Temir Zholy'],
      ['Photo: Vlast.kz', 'Vlast.kz'],
    ]);
    expect(r.text.match(/Photo: Eurasianet/g)).toHaveLength(1);
  });
});
