import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../helpers/source-files';

// `dependencies` are what the main process loads at run time (electron-vite leaves them out
// of its bundles); everything the renderer alone uses is bundled by Vite and belongs in
// devDependencies, so a packaged app carries no renderer libraries twice.

const SPECIFIER = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"./][^'"]*)['"]|import\(\s*['"]([^'"./][^'"]*)['"]\s*\)/g;

/** The package a bare specifier names: '@scope/name/sub' -> '@scope/name', 'name/sub' -> 'name'. */
const packageOf = (spec: string): string => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

function packagesImported(folders: string[], exclude: RegExp = /^$/): Set<string> {
  const found = new Set<string>();
  for (const folder of folders) {
    for (const file of sourceFiles(process.cwd(), folder)) {
      if (exclude.test(file)) continue;
      for (const m of readFileSync(file, 'utf8').matchAll(SPECIFIER)) found.add(packageOf(m[1] ?? m[2]!));
    }
  }
  return found;
}

describe('package.json dependencies', () => {
  it('holds only packages the main process imports; renderer-only ones are devDependencies', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    const main = packagesImported(['src-main', 'db'], /src-main\/(preload)\//);
    const renderer = packagesImported(['src-renderer']);
    const unused = Object.keys(pkg.dependencies).filter((name) => !main.has(name));
    expect(unused.map((name) => `${name}${renderer.has(name) ? ' (renderer only: move it to devDependencies)' : ' (imported by no main-process code)'}`)).toEqual([]);
  });
});
