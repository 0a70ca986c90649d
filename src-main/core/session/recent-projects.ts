import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';

const MAX_RECENT = 10;
const Stored = z.object({ recent: z.array(z.string()) });

/**
 * The projects a host opened, newest first, in <dataDir>/recent-projects.json. Any host can
 * keep one (Electron's Open Recent menu, the browser host's later File › Open Recent); the
 * session adds to it on every open.
 */
export class RecentProjects {
  readonly file: string;
  constructor(dataDir: string) {
    this.file = join(dataDir, 'recent-projects.json');
  }

  /** Newest first; projects whose file is gone (moved, deleted) are left out. */
  list(): string[] {
    return this.#read().filter((p) => existsSync(p));
  }

  /** The project to reopen at start, if any is still there. */
  latest(): string | undefined {
    return this.list()[0];
  }

  add(path: string): void {
    const full = resolve(path);
    this.#write([full, ...this.#read().filter((p) => p !== full)].slice(0, MAX_RECENT));
  }

  #read(): string[] {
    try {
      const parsed = Stored.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data.recent : [];
    } catch {
      return []; // none yet, or unreadable: start a new list
    }
  }

  #write(recent: string[]): void {
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(`${this.file}.tmp`, `${JSON.stringify({ recent }, null, 2)}\n`);
    renameSync(`${this.file}.tmp`, this.file);
  }
}
