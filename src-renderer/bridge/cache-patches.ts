import { hashKey, type QueryKey } from '@tanstack/react-query';
import type { ApiInput, ApiOutput } from '@common/api/contract';
import type { WriteCall } from '@common/api/invalidation';
import type { AchBoard } from '@common/api/schemas/ach';
import type { Annotation, AnnotationPage, AnnotationQuery } from '@common/api/schemas/annotations';
import { apiKey } from './use-api-query';
import { queryClient } from './query-client';

// Writes whose answer is the new state of what is cached: the cache takes the answer instead of
// asking again (a tag or a note among 500 annotations does not reload the 500). A patch returns
// the hashes of the queries it brought up to date; mutate() refetches the others it changed.

/** Replaces a cached answer; one nobody asked for is not made (it would only wait to be collected). */
function setIfCached(key: QueryKey, value: unknown): boolean {
  if (queryClient.getQueryData(key) === undefined) return false;
  queryClient.setQueryData(key, value);
  return true;
}

type Patch<C extends WriteCall> = (input: ApiInput<C>, output: ApiOutput<C>) => Set<string>;

/** Cached pages of annotations.list, with the input they answer. */
const annotationPages = () =>
  queryClient
    .getQueryCache()
    .findAll({ queryKey: ['annotations.list'] })
    .map((q) => ({ key: q.queryKey, input: q.queryKey[1] as Partial<AnnotationQuery>, page: q.state.data as AnnotationPage | undefined }));

/** A document's whole list in text order (no filter, one page): the only kind a new annotation can be put into. */
const wholeDocumentList = (input: Partial<AnnotationQuery>, page: AnnotationPage | undefined, documentUid: string): page is AnnotationPage =>
  page !== undefined &&
  input.document === documentUid &&
  !input.themes &&
  !input.status &&
  (input.sort ?? 'text') === 'text' &&
  !input.offset &&
  page.total === page.items.length;

/** Text order: start, then end, then age (a new one goes last among equals). */
const before = (a: Annotation, b: Annotation): boolean => a.start < b.start || (a.start === b.start && a.end <= b.end);

function insertAnnotation(a: Annotation): Set<string> {
  const done = new Set<string>();
  for (const { key, input, page } of annotationPages()) {
    if (!wholeDocumentList(input, page, a.documentUid) || page.items.some((x) => x.uid === a.uid)) continue;
    const at = page.items.findIndex((x) => !before(x, a));
    const items = [...page.items];
    items.splice(at < 0 ? items.length : at, 0, a);
    queryClient.setQueryData<AnnotationPage>(key, { items, total: page.total + 1 });
    done.add(hashKey(key));
  }
  return done;
}

function removeAnnotation(uid: string): Set<string> {
  const done = new Set<string>();
  for (const { key, page } of annotationPages()) {
    if (!page || page.total !== page.items.length) continue;
    if (page.items.some((x) => x.uid === uid)) queryClient.setQueryData<AnnotationPage>(key, { items: page.items.filter((x) => x.uid !== uid), total: page.total - 1 });
    done.add(hashKey(key));
  }
  return done;
}

/** A note changes no list's membership or text order: the annotation is replaced where it is listed. */
function replaceAnnotation(a: Annotation, noteOnly: boolean): Set<string> {
  const done = new Set<string>();
  for (const { key, input, page } of annotationPages()) {
    if (!page?.items.some((x) => x.uid === a.uid)) continue;
    queryClient.setQueryData<AnnotationPage>(key, { ...page, items: page.items.map((x) => (x.uid === a.uid ? a : x)) });
    if (noteOnly && (input.sort ?? 'text') === 'text') done.add(hashKey(key));
  }
  const get = apiKey('annotations.get', { uid: a.uid });
  if (setIfCached(get, a)) done.add(hashKey(get));
  return done;
}

const isNoteOnly = (input: ApiInput<'annotations.update'>): boolean =>
  input.start === undefined && input.themes === undefined && input.addThemes === undefined && input.removeThemes === undefined;

/** Every board edit answers with the whole board: it replaces the open board without a refetch (a rating is one keypress). */
function putBoard(board: AchBoard): Set<string> {
  const key: QueryKey = apiKey('ach.get', { uid: board.uid });
  return new Set(setIfCached(key, board) ? [hashKey(key)] : []);
}

export const PATCHES: { [C in WriteCall]?: Patch<C> } = {
  'annotations.create': (_input, { createdThemes: _, ...a }) => insertAnnotation(a),
  'annotations.update': (input, a) => replaceAnnotation(a, isNoteOnly(input)),
  'annotations.delete': (input) => removeAnnotation(input.uid),
  'annotations.restore': (_input, a) => insertAnnotation(a),
  'arguments.update': (input, argument) => {
    const key: QueryKey = apiKey('arguments.get', { uid: input.uid });
    return new Set(setIfCached(key, argument) ? [hashKey(key)] : []);
  },
  'ach.update': (_input, board) => putBoard(board),
  'ach.addHypothesis': (_input, board) => putBoard(board),
  'ach.renameHypothesis': (_input, board) => putBoard(board),
  'ach.removeHypothesis': (_input, board) => putBoard(board),
  'ach.addClaims': (_input, board) => putBoard(board),
  'ach.removeClaim': (_input, board) => putBoard(board),
  'ach.rate': (_input, board) => putBoard(board),
};
