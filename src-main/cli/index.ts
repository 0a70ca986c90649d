import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultProjectPath, openSession, type Emit, type Session } from '../core/session';
import { finishSearchRebuild } from '../core/search/rebuild';
import { DossierError } from '../core/errors';
import { nodeHostPorts } from '../node-host/ports';
import { CliError, usage, type CliContext, type Command } from './context';
import { backup, check, restore, stats } from './commands/project';
import { documents, importCmd, outlets } from './commands/library';
import { themes } from './commands/themes';
import { searchCmd } from './commands/search';
import { aliases } from './commands/aliases';
import { matrixCmd } from './commands/matrix';
import { achCmd } from './commands/ach';
import { annotate } from './commands/annotate';
import { claims } from './commands/claims';
import { copiesCmd } from './commands/copies';
import { backups, exportCmd, importProjectCmd } from './commands/export';

const COMMANDS: Record<string, Command> = {
  import: importCmd,
  documents,
  outlets,
  themes,
  search: searchCmd,
  aliases,
  matrix: matrixCmd,
  ach: achCmd,
  annotate,
  claims,
  copies: copiesCmd,
  stats,
  check,
  backup,
  restore,
  export: exportCmd,
  'import-project': importProjectCmd,
  backups,
};

const GLOBAL = { db: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

function helpText(dataDir: string): string {
  const lines = Object.values(COMMANDS).map((c) => `  ${c.usage}\n      ${c.summary}`);
  return `usage: dossier [--db PATH] [--json] COMMAND ...\n\ncommands:\n${lines.join('\n')}\n\n--db PATH   the project file (default: ${defaultProjectPath(dataDir)})\n--json      machine-readable output\n`;
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/**
 * Lets a string option take a value that starts with "-" (`--note "-Trend says"`, `--note=-x`
 * already works): the next argument is its value unless it is itself one of the command's
 * options, or "--". parseArgs alone refuses every such value as ambiguous.
 */
export function joinDashValues(args: string[], options: OptionSpec): string[] {
  const known = new Set(Object.entries(options).flatMap(([name, o]) => [`--${name}`, ...(o.short ? [`-${o.short}`] : [])]));
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const next = args[i + 1];
    const option = a.startsWith('--') && !a.includes('=') ? options[a.slice(2)] : undefined;
    if (option?.type === 'string' && next !== undefined && next.startsWith('-') && next !== '--' && !known.has(next.split('=')[0]!)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

const consoleIo = { out: (s: string) => console.log(s), err: (s: string) => console.error(s) };

/** Opens the project and first finishes a search-index rebuild a migration asked for, telling its progress on stderr. */
function openCliSession(path: string, ports: Parameters<typeof openSession>[1], io: typeof consoleIo): Session {
  const session = openSession(path, ports);
  finishSearchRebuild(session.project, (s) => {
    io.err(`rebuilding the search index: ${Math.floor((100 * s.done) / Math.max(1, s.total))}% (${s.done} of ${s.total} items)`);
  });
  return session;
}

/** Runs one command; the ports come from `env` (DOSSIER_HOME, XDG_DATA_HOME, DOSSIER_CHROMIUM). */
export async function runCli(argv: string[], io = consoleIo, env: Record<string, string | undefined> = process.env, workerDir?: string): Promise<number> {
  // A one-shot command takes no automatic backup and is not remembered as a recent project.
  let listener: Emit | undefined;
  const emit: Emit = (name, payload) => listener?.(name, payload);
  const ports = { ...nodeHostPorts(env), hostKind: 'command line' as const, emit, workerDir };
  let session: Session | undefined;
  try {
    const name = argv.find((a) => !a.startsWith('-') && argv[argv.indexOf(a) - 1] !== '--db');
    const command = name ? COMMANDS[name] : undefined;
    if (argv.includes('--help') || argv.includes('-h') || !name) {
      io.out(helpText(ports.dataDir));
      return name || argv.includes('--help') || argv.includes('-h') ? 0 : 2;
    }
    if (!command) throw usage(`unknown command "${name}" (see dossier --help)`);
    const options = { ...GLOBAL, ...(command.options ?? {}) };
    const rest = joinDashValues(argv.filter((a, i) => !(a === name && i === argv.indexOf(name))), options);
    const { values, positionals } = parseArgs({
      args: rest,
      options,
      allowPositionals: true,
      strict: true,
    });
    const dbPath = resolve(typeof values.db === 'string' ? values.db : defaultProjectPath(ports.dataDir));
    const ctx: CliContext = {
      json: values.json === true,
      dbPath,
      session: () => (session ??= openCliSession(dbPath, ports, io)),
      listen: (l) => void (listener = l),
      out: io.out,
      err: io.err,
    };
    await command.run(ctx, positionals, values as Record<string, string | boolean | string[] | undefined>);
    return 0;
  } catch (err) {
    if (err instanceof CliError) {
      io.err(`dossier: ${err.message}`);
      return err.exitCode;
    }
    if (err instanceof DossierError) {
      io.err(`dossier: ${err.message}`);
      return 1;
    }
    if ((err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`dossier: ${(err as Error).message}`);
      return 2;
    }
    io.err(`dossier: ${(err as Error).message ?? String(err)}`);
    return 1;
  } finally {
    await session?.close();
  }
}
