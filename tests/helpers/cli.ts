import { runCli } from '../../src-main/cli/index';

export interface CliRun {
  code: number;
  /** Each line printed on stdout. */
  lines: string[];
  out: string;
  err: string;
}

/** Runs the real CLI in-process, capturing what it prints. */
export async function cli(...argv: string[]): Promise<CliRun> {
  const lines: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (s) => lines.push(s), err: (s) => err.push(s) });
  return { code, lines, out: lines.join('\n'), err: err.join('\n') };
}
