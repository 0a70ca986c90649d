import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../src-main/core/import/decode';

// TextDecoder cannot encode windows-125x, so the bytes come from small hand-written tables.
const CP1254: Record<string, number> = {
  ç: 0xe7, ğ: 0xf0, ı: 0xfd, İ: 0xdd, ö: 0xf6, ş: 0xfe, ü: 0xfc, Ç: 0xc7, Ğ: 0xd0, Ö: 0xd6, Ş: 0xde, Ü: 0xdc, '’': 0x92, '“': 0x93, '”': 0x94,
};
function cp1254(s: string): Buffer {
  return Buffer.from([...s].map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : CP1254[c] ?? fail(c))));
}
// windows-1251: А..я are 0xC0..0xFF in alphabet order, Ё/ё sit apart.
function cp1251(s: string): Buffer {
  return Buffer.from(
    [...s].map((c) => {
      const k = c.charCodeAt(0);
      if (k < 0x80) return k;
      if (k >= 0x410 && k <= 0x44f) return k - 0x410 + 0xc0;
      return ({ Ё: 0xa8, ё: 0xb8, '«': 0xab, '»': 0xbb, '—': 0x97 } as Record<string, number>)[c] ?? fail(c);
    }),
  );
}
/** KOI8-R bytes from the decoder's own table (every byte 0x80-0xFF decodes to one character). */
function koi8r(s: string): Buffer {
  const table = new Map([...Array(128).keys()].map((i) => [new TextDecoder('koi8-r').decode(Uint8Array.of(0x80 + i)), 0x80 + i]));
  return Buffer.from([...s].map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : table.get(c) ?? fail(c))));
}
function fail(c: string): never {
  throw new Error(`no byte for ${c}`);
}

const TURKISH = 'Türkiye ile Azerbaycan arasında savunma işbirliği güçleniyor; Şuşa Beyannamesi’nin ardından “ortak tatbikat” önerildi.';
const RUSSIAN = 'Казахстан подписал план военного сотрудничества на 2025 год во время переговоров в Анкаре — «важный шаг».';

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(Buffer.from(TURKISH, 'utf8'))).toBe(TURKISH);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(RUSSIAN, 'utf8')]))).toBe(RUSSIAN);
  });

  it('reads KOI8-R (not as windows-1251, whose reading is cased backwards)', () => {
    // KOI8-R has no dashes or guillemets.
    const plain = RUSSIAN.replace(' —', ',').replace(/[«»]/g, '"');
    const long = `${plain} Президент Казахстана провёл встречу с министрами. Обсуждались вопросы энергетики и транспорта в Центральной Азии.`;
    for (const text of [plain, long, 'Ёлка и ёж в Москве.']) expect(decodeText(koi8r(text)), text).toBe(text);
    // windows-1251 is still read as windows-1251.
    expect(decodeText(cp1251(RUSSIAN))).toBe(RUSSIAN);
  });

  it('reads UTF-16 without a BOM, LE and BE, Latin and Cyrillic, instead of calling it binary', () => {
    for (const text of [TURKISH, RUSSIAN, 'Plain English text with spaces.']) {
      expect(decodeText(Buffer.from(text, 'utf16le'))).toBe(text);
      expect(decodeText(Buffer.from(text, 'utf16le').swap16())).toBe(text);
    }
    // Real binary with zero bytes is still refused.
    expect(() => decodeText(Buffer.from([0x01, 0x00, 0x02, 0x00, 0xff, 0x00, 0x00, 0x13, 0x37, 0x00, 0x00, 0x00]))).toThrow(/binary/);
    expect(() => decodeText(Buffer.from('Ab\u0001\u0002\u0003\u0004\u0005\u0006', 'utf16le'))).toThrow(/binary/);
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TURKISH, 'utf16le')]);
    expect(decodeText(le)).toBe(TURKISH);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(RUSSIAN, 'utf16le').swap16()]);
    expect(be.subarray(0, 4)).toEqual(Buffer.from([0xfe, 0xff, 0x04, 0x1a]));
    expect(decodeText(be)).toBe(RUSSIAN);
  });

  it.each([
    TURKISH,
    'Işık',
    'Ağrı Dağı',
    'Öğrenci çok üzgün.',
    'İstanbul’da ŞİRKET toplantısı',
  ])('detects windows-1254 in %s', (text) => {
    expect(decodeText(cp1254(text))).toBe(text);
  });

  it.each([RUSSIAN, 'Казахстан', 'да', 'Ёж и ёлка', 'Организация тюркских государств'])('detects windows-1251 in %s', (text) => {
    expect(decodeText(cp1251(text))).toBe(text);
  });

  it('refuses bytes that are neither UTF-8 nor a detectable encoding', () => {
    let seed = 7;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const junk = Buffer.from(Array.from({ length: 600 }, () => 0x20 + Math.floor(rnd() * 0xdf)));
    expect(() => decodeText(junk)).toThrow(/not valid UTF-8 and its encoding could not be detected/);
  });

  it('refuses binary files and empty files', () => {
    expect(() => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]))).toThrow(/binary file \(PNG image\)/);
    expect(() => decodeText(Buffer.from('PK\u0003\u0004rest', 'latin1'))).toThrow(/binary file \(zip archive\)/);
    expect(() => decodeText(Buffer.from('text\u0000with a NUL', 'latin1'))).toThrow(/binary file \(it contains NUL bytes\)/);
    expect(() => decodeText(Buffer.alloc(0))).toThrow(/empty/);
  });
});
