import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Window bounds and appearance, kept in userData/state.json (recent projects: core/session).
export interface AppState {
  bounds?: { x?: number; y?: number; width: number; height: number };
  appearance: 'system' | 'light' | 'dark';
}

export class AppStateStore {
  readonly file: string;
  state: AppState;
  constructor(userData: string) {
    this.file = join(userData, 'state.json');
    this.state = { appearance: 'system' };
    try {
      this.state = { ...this.state, ...(JSON.parse(readFileSync(this.file, 'utf8')) as Partial<AppState>) };
    } catch {
      // first start, or an unreadable file: defaults
    }
  }
  save(): void {
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(`${this.file}.tmp`, JSON.stringify(this.state, null, 2));
    renameSync(`${this.file}.tmp`, this.file);
  }
}
