import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

// The running browser host's address, kept in its data folder so `--print-url` can give it
// again to a tab whose token is from an earlier start. Readable by the user only: it holds
// the token.

const Stored = z.object({ pid: z.number().int(), url: z.string() });
const fileIn = (dataDir: string): string => join(dataDir, 'browser-host.json');

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export function writeAddress(dataDir: string, url: string): () => void {
  const file = fileIn(dataDir);
  writeFileSync(`${file}.tmp`, JSON.stringify({ pid: process.pid, url }), { mode: 0o600 });
  renameSync(`${file}.tmp`, file);
  return () => {
    if (readAddress(dataDir)?.pid === process.pid) rmSync(file, { force: true });
  };
}

/** The address of the browser host running for this data folder, if one is. */
export function readAddress(dataDir: string): { pid: number; url: string } | undefined {
  try {
    const parsed = Stored.safeParse(JSON.parse(readFileSync(fileIn(dataDir), 'utf8')));
    return parsed.success && alive(parsed.data.pid) ? parsed.data : undefined;
  } catch {
    return undefined; // no host has run here, or it left no readable file
  }
}
