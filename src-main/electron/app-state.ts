import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Window bounds, recent projects and appearance, kept in userData/state.json.
export interface AppState {
  recent: string[];
  bounds?: { x?: number; y?: number; width: number; height: number };
  appearance: 'system' | 'light' | 'dark';
}

const MAX_RECENT = 10;

export class AppStateStore {
  readonly file: string;
  state: AppState;
  constructor(userData: string) {
    this.file = join(userData, 'state.json');
    this.state = { recent: [], appearance: 'system' };
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
  addRecent(path: string): void {
    this.state.recent = [path, ...this.state.recent.filter((p) => p !== path)].slice(0, MAX_RECENT);
    this.save();
  }
}
