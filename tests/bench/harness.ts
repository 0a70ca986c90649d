import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

export type Row = Record<string, string | number>;

/** Prints a table and writes bench-results/<section>-<time>.json with the machine's facts. */
export function report(section: string, rows: Row[], notes: Record<string, unknown> = {}): string {
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: unknown): string => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : String(v ?? ''));
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (vals: string[]): string => vals.map((v, i) => v.padEnd(widths[i]!)).join('  ');
  const table = [line(cols), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(cols.map((c) => cell(r[c]))))].join('\n');
  console.log(`\n${section}\n${table}\n`);
  mkdirSync('bench-results', { recursive: true });
  const file = join('bench-results', `${section}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
  writeFileSync(file, JSON.stringify({ section, at: new Date().toISOString(), machine, rows, notes }, null, 2));
  return file;
}

export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}

export const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/** CPU time (user + system) of this process since `start` (a process.cpuUsage()), in ms: on a shared machine it counts only our own work. */
export const cpuMs = (start: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
};

/** Runs `fn` `runs` times and gives the median and 95th percentile in ms, and the median CPU time. */
export function timed(fn: () => unknown, runs: number): { p50: number; p95: number; cpu50: number } {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = process.hrtime.bigint();
    fn();
    times.push(ms(t));
    cpu.push(cpuMs(c));
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), cpu50: percentile(cpu, 50) };
}
