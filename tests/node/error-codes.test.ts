import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@common/api/errors';
import { sourceFiles } from '../helpers/source-files';
import { tempDir } from '../helpers/temp-project';

// Error codes are strings that cross the boundary; the compiler checks most of them against
// ERROR_CODES, but not those in plain objects, comparisons or other error classes. This scan does.
const USES = [
  /\b(?:DossierError|ProjectOpenError|failure)\(\s*'([^']+)'/g, // thrown or answered
  /\bcode\s*(?:===|!==|:)\s*'([^']+)'/g, // compared, or set in an error object
  /\bcode\??\s*:\s*'[^']+'(?:\s*\|\s*'[^']+')+/g, // a union type of codes
];
const API_CODE = /^[a-z]+(?:-[a-z]+)*$/; // not 'ENOENT', 'SQLITE_BUSY' or a key's 'Slash'

/** Every error code the source uses, with the first file that uses it. */
export function codesUsed(root: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const folder of ['src-main', 'src-renderer', 'db']) {
    for (const file of sourceFiles(root, folder)) {
      const text = readFileSync(file, 'utf8');
      for (const re of USES) {
        for (const m of text.matchAll(re)) {
          for (const code of m[1] ? [m[1]] : [...m[0].matchAll(/'([^']+)'/g)].map((q) => q[1]!)) {
            if (API_CODE.test(code) && !found.has(code)) found.set(code, file);
          }
        }
      }
    }
  }
  return found;
}

describe('error codes', () => {
  it('every code used anywhere is in ERROR_CODES', () => {
    const used = codesUsed(process.cwd());
    const listed: ReadonlySet<string> = new Set(ERROR_CODES);
    expect([...used].filter(([code]) => !listed.has(code)).map(([code, file]) => `${code} (${file})`)).toEqual([]);
    // The scan reads what it should: the codes thrown, answered, compared and typed.
    for (const code of ['not-found', 'conflict', 'invalid-input', 'forbidden', 'unknown-call', 'newer-project']) expect(used.has(code), code).toBe(true);
  });

  it('catches a code missing from the list, wherever it is written', () => {
    const root = tempDir();
    mkdirSync(join(root, 'src-main/core'), { recursive: true });
    mkdirSync(join(root, 'src-renderer'), { recursive: true });
    writeFileSync(join(root, 'src-main/core/a.ts'), "throw new DossierError(\n  'made-up', 'x');\nconst e = { code: 'also-made-up', message: '' };\n");
    writeFileSync(join(root, 'src-renderer/b.tsx'), "if (r.error.code === 'from-the-ui') {}\nif (e.code === 'ENOENT') {}\n");
    expect([...codesUsed(root).keys()].sort()).toEqual(['also-made-up', 'from-the-ui', 'made-up']);
  });
});
