import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../layers.js';
import { sourceFiles } from '../helpers/source-files';

const IMPORT = /(?:^|\n)\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g;

function globToRegExp(glob: string): RegExp {
  const re = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '§').replace(/\*/g, '[^/]*').replace(/§/g, '.*');
  return new RegExp(`^${re}$`);
}

/** Imports that break the layer rules, as "file -> specifier". */
export function violations(root: string): string[] {
  const out: string[] = [];
  for (const { folder, forbidden } of LAYERS) {
    const patterns = forbidden.map(globToRegExp);
    for (const file of sourceFiles(root, folder)) {
      for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const typeOnly = Boolean(m[2]);
        const spec = m[3] ?? m[4] ?? m[5]!;
        if (typeOnly && folder === 'src-renderer') continue;
        if (patterns.some((p) => p.test(spec))) out.push(`${relative(root, file)} -> ${spec}`);
      }
    }
  }
  return out;
}

describe('layer rules (ARCHITECTURE §3.1)', () => {
  it('hold across the source tree', () => {
    expect(violations(process.cwd())).toEqual([]);
  });

  it('catch core importing electron and the renderer importing Node', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(join(tmpdir(), 'layers-'));
    mkdirSync(join(root, 'src-main/core'), { recursive: true });
    mkdirSync(join(root, 'src-renderer'), { recursive: true });
    writeFileSync(join(root, 'src-main/core/bad.ts'), "import { app } from 'electron';\n");
    writeFileSync(join(root, 'src-renderer/bad.ts'), "import { readFileSync } from 'node:fs';\nimport x from 'fs';\n");
    expect(violations(root).sort()).toEqual(['src-main/core/bad.ts -> electron', 'src-renderer/bad.ts -> fs', 'src-renderer/bad.ts -> node:fs']);
  });
});
