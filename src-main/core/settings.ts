import type { Project } from './session';
import { prepared } from './data/statements';

export function getSetting(p: Project, key: string): string | null {
  const row = prepared(p, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function setSetting(p: Project, key: string, value: string): void {
  prepared(p, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}
