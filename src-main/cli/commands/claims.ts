import { CLAIM_STATUSES, STANCES, type ClaimStatus, type ClaimSummary, type Stance } from '@common/api/schemas/claims';
import { PartialDate } from '@common/api/schemas/common';
import { originSentence } from '@common/text/origin-sentence';
import { call, print, usage, type Command } from '../context';

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);

/** One --stance for every --evidence, or one per --evidence in the same order. */
function stancesFor(evidence: string[], given: string[]): Stance[] {
  for (const s of given) if (!(STANCES as readonly string[]).includes(s)) throw usage(`--stance is ${STANCES.join('|')}, not "${s}"`);
  if (given.length > 1 && given.length !== evidence.length) throw usage('give one --stance, or one per --evidence');
  return evidence.map((_, i) => (given[given.length > 1 ? i : 0] ?? 'supports') as Stance);
}

function credibility(v: unknown): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !/^[1-6]$/.test(v)) throw usage('--credibility is a number from 1 to 6');
  return Number(v);
}

// Checked here so a mistake reads as one line, like the other usage errors.
function status(v: unknown): ClaimStatus | undefined {
  if (v === undefined) return undefined;
  if (!(CLAIM_STATUSES as readonly unknown[]).includes(v)) throw usage(`--status is ${CLAIM_STATUSES.join('|')}, not "${String(v)}"`);
  return v as ClaimStatus;
}

function eventDate(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (!PartialDate.safeParse(v).success) throw usage(`--event-date is YYYY, YYYY-MM or YYYY-MM-DD, not "${String(v)}"`);
  return String(v);
}

const line = (c: ClaimSummary): string => {
  const { supporting, contradicting, singleSource, stateMediaOnly, grade } = c.corroboration;
  const badges = [singleSource ? 'single-source' : '', stateMediaOnly ? 'state-media-only' : ''].filter(Boolean).join(',');
  // Independent origins, not outlets: a reprint is not a second source.
  const counts = `+${supporting.independentOrigins}/-${contradicting.independentOrigins}`;
  return `${c.uid.slice(0, 8)}  ${grade}  ${c.status.padEnd(12)} ${counts.padEnd(6)} ${c.eventDate ?? '----'}  ${c.statement}${badges ? `  [${badges}]` : ''}`;
};

export const claims: Command = {
  summary: 'list claims, or add one backed by annotations',
  usage:
    'dossier claims [add "statement" --evidence ANNOTATION... [--stance supports|contradicts|context]... [--credibility 1-6] [--status S] [--event-date DATE] [--notes TEXT] | show CLAIM]',
  options: {
    evidence: { type: 'string', multiple: true },
    stance: { type: 'string', multiple: true },
    credibility: { type: 'string' },
    status: { type: 'string' },
    'event-date': { type: 'string' },
    notes: { type: 'string' },
  },
  async run(ctx, args, o) {
    if (args[0] === 'add') {
      if (args.length !== 2) throw usage('claims add needs one "statement" (quote it)');
      const evidence = list(o.evidence);
      if (evidence.length === 0) throw usage('claims add needs --evidence ANNOTATION (an annotation id or a unique prefix)');
      const stances = stancesFor(evidence, list(o.stance));
      const created = await call(ctx, 'claims.create', {
        statement: args[1]!,
        evidence: evidence.map((annotation, i) => ({ annotation, stance: stances[i]! })),
        credibility: credibility(o.credibility),
        status: status(o.status),
        eventDate: eventDate(o['event-date']),
        notes: typeof o.notes === 'string' ? o.notes : undefined,
      });
      print(ctx, created, () => `added ${created.uid}  ${created.corroboration.grade}  ${created.statement}\n${originSentence(created.corroboration.supporting)}`);
      return;
    }
    if (args[0] === 'show') {
      if (args.length !== 2) throw usage('claims show needs one CLAIM (an id or a unique prefix)');
      const claim = await call(ctx, 'claims.get', { uid: args[1]! });
      print(ctx, claim, () => `${line(claim)}\n${originSentence(claim.corroboration.supporting)}`);
      return;
    }
    if (args.length > 0) throw usage(`unknown claims action "${args[0]}"`);
    const all = await call(ctx, 'claims.list', { sort: 'created', direction: 'asc' });
    print(ctx, all, () => all.map(line).join('\n') || 'no claims');
  },
};
