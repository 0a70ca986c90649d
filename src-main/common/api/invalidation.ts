import type { ApiCall } from './calls';
import type { ApiEventPayloads, ApiInput, ApiOutput } from './contract';
import type { ApiResult } from './errors';

// Which answers a write can change. The renderer caches every read under [call, input] and,
// after a write, refetches only the reads named here (but those it could update from the
// write's own answer); the hosts tell their other pages the same
// through the 'data.changed' event. One map, so a new call cannot forget to say what it touches.

/** Calls that change nothing: their answers can be cached until a write names them. */
export const READ_CALLS = [
  'project.info',
  'project.stats',
  'project.check',
  'project.recent',
  'files.browse',
  'settings.get',
  'outlets.list',
  'documents.list',
  'documents.get',
  'copies.list',
  'copies.forDocument',
  'themes.list',
  'themes.deletePreview',
  'annotations.get',
  'annotations.list',
  'claims.list',
  'claims.get',
  'claims.deleteImpact',
  'claims.timeline',
  'citations.forAnnotation',
  'citations.forDocument',
  'arguments.list',
  'arguments.get',
  'search.query',
  'search.rebuildStatus',
  'aliases.list',
  'export.read',
  'backups.list',
  'analysis.matrix',
  'analysis.cell',
  'coding.preview',
  'savedSearches.list',
  'ach.list',
  'ach.get',
  'ach.export',
  // With no fields it reads the settings; with fields it also writes them (see WRITES).
  'backups.settings',
] as const satisfies readonly ApiCall[];
export type ReadCall = (typeof READ_CALLS)[number];

type Reads = readonly ReadCall[];
/** The reads a write changes: fixed, or decided from what was asked and answered. */
type Effect<C extends ApiCall> = Reads | ((input: ApiInput<C>, output: ApiOutput<C>) => Reads);

/** Every read: a whole project came in or went. */
export const EVERYTHING: Reads = READ_CALLS;

const COUNTS = ['project.info', 'project.stats'] as const;
/** What an ACH board shows of its claims (statements, corroboration). */
const BOARDS = ['ach.list', 'ach.get', 'ach.export'] as const;
const CLAIMS = ['claims.list', 'claims.get', 'claims.timeline', 'claims.deleteImpact', 'arguments.get', 'arguments.list', ...BOARDS] as const;
/** What counts coded passages: matrices, their cells, tagging previews, saved searches' counts. */
const ANALYSIS = ['analysis.matrix', 'analysis.cell', 'coding.preview', 'savedSearches.list'] as const;
const ANNOTATIONS = ['annotations.list', 'annotations.get', 'citations.forAnnotation', ...ANALYSIS] as const;
/** What shows a document's title, outlet or author next to something else. */
const DOCUMENT_FACTS = [
  'documents.list',
  'documents.get',
  'copies.list',
  'copies.forDocument',
  ...ANNOTATIONS,
  ...CLAIMS,
  'citations.forDocument',
  'outlets.list',
  'search.query',
] as const;
/** What shows a theme's name, colour, place in the tree or count. */
const THEME_FACTS = ['themes.list', 'themes.deletePreview', ...ANNOTATIONS, ...CLAIMS, 'documents.list', 'search.query', ...COUNTS] as const;
/** What an annotation's existence counts in (themes, documents, claims' evidence). */
const ANNOTATION_SET = [...ANNOTATIONS, 'themes.list', 'themes.deletePreview', 'documents.list', ...CLAIMS, 'search.query', ...COUNTS] as const;
const EVIDENCE = [...CLAIMS, 'annotations.list', 'annotations.get', 'search.query'] as const;

/** What a document's upstream or copy links change: its sources panel, and claims' origins. */
const SOURCES = ['copies.list', 'copies.forDocument', 'outlets.list', ...CLAIMS] as const;

export const WRITES = {
  'copies.setUpstream': SOURCES,
  'copies.rebuild': SOURCES,
  'project.backup': ['backups.list'],
  'project.restore': EVERYTHING,
  'project.openSample': EVERYTHING,
  // Another project, or none: the 'project.changed' event drops the cache too.
  'project.open': EVERYTHING,
  'project.create': EVERYTHING,
  'project.close': EVERYTHING,
  'settings.set': ['settings.get'],
  'outlets.create': ['outlets.list', ...COUNTS],
  'outlets.update': DOCUMENT_FACTS,
  'outlets.merge': [...DOCUMENT_FACTS, ...COUNTS],
  'documents.update': DOCUMENT_FACTS,
  // New documents, new versions of known ones (their annotations re-anchored), new outlets.
  'documents.import': EVERYTHING,
  'documents.cancelImport': [],
  'themes.create': ['themes.list', ...COUNTS],
  // Only a theme that was not there yet changes anything.
  'themes.findOrCreate': (_input, out) => (out.created ? ['themes.list', ...COUNTS] : []),
  'themes.update': THEME_FACTS,
  'themes.move': THEME_FACTS,
  'themes.merge': THEME_FACTS,
  'themes.delete': THEME_FACTS,
  // A new annotation is counted (themes, documents, project) and listed; no claim cites it yet.
  'annotations.create': ['annotations.list', 'themes.list', 'themes.deletePreview', 'documents.list', 'search.query', ...ANALYSIS, ...COUNTS],
  // Themes added or removed change their counts; a note or a range changes no theme.
  'annotations.update': (input) => [
    ...ANNOTATIONS,
    ...CLAIMS,
    'search.query',
    ...(input.themes || input.addThemes || input.removeThemes ? (['themes.list', 'themes.deletePreview'] as const) : []),
  ],
  'annotations.delete': ANNOTATION_SET,
  'annotations.restore': ANNOTATION_SET,
  // A range, as a re-attach changes it (themes and counts stay).
  'annotations.restoreAnchor': [...ANNOTATIONS, ...CLAIMS, 'search.query'],
  'claims.create': [...CLAIMS, 'search.query', ...COUNTS],
  'claims.createFromAnnotation': [...EVIDENCE, ...COUNTS],
  // A new annotation (counted under its themes) and a claim citing it.
  'claims.createFromPassage': [...ANNOTATION_SET, ...ANALYSIS],
  'claims.update': [...CLAIMS, 'search.query'],
  'claims.delete': [...EVIDENCE, ...COUNTS],
  'claims.restore': [...EVIDENCE, ...COUNTS],
  'claims.addEvidence': EVIDENCE,
  'claims.updateEvidence': EVIDENCE,
  'claims.removeEvidence': EVIDENCE,
  'claims.reorderEvidence': CLAIMS,
  'arguments.create': ['arguments.list', 'search.query', ...COUNTS],
  'arguments.update': ['arguments.list', 'arguments.get', 'search.query'],
  'arguments.delete': ['arguments.list', 'arguments.get', 'search.query', ...COUNTS],
  'export.run': ['settings.get'],
  'export.cancel': [],
  // Into an empty project only: everything it holds is new.
  'export.importProject': EVERYTHING,
  'backups.run': ['backups.list'],
  'search.rebuildResume': ['search.rebuildStatus'],
  'search.rebuildCancel': ['search.rebuildStatus'],
  'aliases.add': ['aliases.list', 'search.query'],
  'aliases.remove': ['aliases.list', 'search.query'],
  'aliases.createGroup': ['aliases.list', 'search.query'],
  'aliases.setGroup': ['aliases.list', 'search.query'],
  'aliases.deleteGroup': ['aliases.list', 'search.query'],
  'coding.tagHits': ANNOTATION_SET,
  'coding.untag': ANNOTATION_SET,
  'savedSearches.save': ['savedSearches.list'],
  'savedSearches.rename': ['savedSearches.list'],
  'savedSearches.delete': ['savedSearches.list'],
  'ach.create': BOARDS,
  'ach.update': BOARDS,
  'ach.delete': BOARDS,
  'ach.addHypothesis': BOARDS,
  'ach.renameHypothesis': BOARDS,
  'ach.removeHypothesis': BOARDS,
  'ach.addClaims': BOARDS,
  'ach.removeClaim': BOARDS,
  'ach.rate': BOARDS,
  'ach.toArgument': ['arguments.list', 'search.query', ...COUNTS],
  // Fewer backups to keep deletes the oldest ones at once.
  'backups.settings': ['backups.settings', 'backups.list'],
} satisfies { [C in Exclude<ApiCall, ReadCall> | 'backups.settings']: Effect<C> };
export type WriteCall = keyof typeof WRITES;

const writes: ReadonlySet<string> = new Set(Object.keys(WRITES));
export const isWriteCall = (name: string): name is WriteCall => writes.has(name);

/** The reads a successful write changed (deduplicated). */
export function changedBy<C extends WriteCall>(name: C, input: ApiInput<C>, output: ApiOutput<C>): ReadCall[] {
  const effect = WRITES[name] as Effect<C>;
  return [...new Set(typeof effect === 'function' ? effect(input, output) : effect)];
}

/** What a host tells its other pages after a call answered: the reads a successful write changed, else null. */
export function changeNotice(name: string, input: unknown, result: ApiResult<unknown>): ApiEventPayloads['data.changed'] | null {
  if (!result.ok || !isWriteCall(name)) return null;
  const calls = changedBy(name, input as never, result.value as never);
  return calls.length > 0 ? { calls } : null;
}
