import { expect } from 'vitest';
import type { ApiCall } from '@common/api/calls';
import type { ApiInput, ApiOutput } from '@common/api/contract';
import { dispatch } from '../../../../src-main/core/dispatch';
import type { Session } from '../../../../src-main/core/session';
import { SAMPLE } from '../../../helpers/samples';

export { SAMPLE };

/** Calls through the real dispatch (validation included) and unwraps a success. */
export async function ok<C extends ApiCall>(s: Session, name: C, input: ApiInput<C>): Promise<ApiOutput<C>> {
  const r = await dispatch(s, name, input);
  if (!r.ok) throw new Error(`${name} failed: ${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** Calls through dispatch and returns the error (the test fails if the call succeeded). */
export async function fails(s: Session, name: ApiCall, input: unknown): Promise<{ code: string; message: string }> {
  const r = await dispatch(s, name, input);
  expect(r.ok, `${name} should fail`).toBe(false);
  return (r as { ok: false; error: { code: string; message: string } }).error;
}

/** Imports text as a document and returns its uid and stored text. */
export async function importText(s: Session, text: string, name = 'article.txt', outlet = 'Azernews'): Promise<{ uid: string; text: string }> {
  const summary = await ok(s, 'documents.import', { items: [{ kind: 'text', text, name }], overrides: { outlet } });
  const uid = summary.results[0]!.uid!;
  return { uid, text: (await ok(s, 'documents.get', { uid })).text };
}

/** The UTF-16 range of a passage in a text (the test fails if it is missing). */
export function rangeOf(text: string, passage: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(passage, from);
  expect(start, `"${passage}" in the text`).toBeGreaterThanOrEqual(0);
  return { start, end: start + passage.length };
}

/** The search rows (kind, body folded) that hold an annotation. */
export function indexedAnnotations(s: Session): { ref_id: number; start: number; document_id: number }[] {
  return s.project.db.prepare("SELECT ref_id, start, document_id FROM search_items WHERE kind = 'annotation' ORDER BY ref_id").all() as {
    ref_id: number;
    start: number;
    document_id: number;
  }[];
}

export function ftsHits(s: Session, term: string): number[] {
  return (
    s.project.db
      .prepare("SELECT i.ref_id FROM search_fts f JOIN search_items i ON i.id = f.rowid WHERE search_fts MATCH ? AND i.kind = 'annotation'")
      .all(term) as { ref_id: number }[]
  ).map((r) => r.ref_id);
}
