import type { HandlerMap } from '../handler-types';
import { cancelImport, importFiles } from '../import/import-files';
import { assertPathImportsAllowed } from '../session/file-access';
import { getDocument, listDocuments, updateDocumentMeta } from './documents';
import { createOutlet, listOutlets, mergeOutlets, updateOutlet } from './outlets';

export const libraryHandlers = {
  'outlets.list': (s) => listOutlets(s.project),
  'outlets.create': (s, input) => createOutlet(s.project, input),
  'outlets.update': (s, { uid, patch }) => updateOutlet(s.project, uid, patch),
  'outlets.merge': (s, { from, into }) => mergeOutlets(s.project, from, into),
  'documents.list': (s, q) => listDocuments(s.project, q),
  'documents.get': (s, { uid }) => getDocument(s.project, uid),
  'documents.update': (s, { uid, patch }) => updateDocumentMeta(s.project, uid, patch),
  'documents.import': (s, req) => {
    assertPathImportsAllowed(s, req.items);
    return importFiles(s.project, req);
  },
  'documents.cancelImport': (s, { jobId }) => {
    cancelImport(s.project, jobId);
    return { ok: true as const };
  },
} satisfies HandlerMap<'outlets.' | 'documents.'>;
