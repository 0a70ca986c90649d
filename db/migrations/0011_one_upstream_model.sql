-- One upstream record per document (issue 12): the dateline's agency, which 0006 kept as
-- documents.upstream_outlet_id beside 0007's document_upstreams, becomes a document_upstreams
-- row of source 'dateline'. The document keeps the agency as written (dateline_agency), like
-- the dateline's place and date: metadata of the text, not a second upstream.
ALTER TABLE documents ADD COLUMN dateline_agency TEXT;
UPDATE documents SET dateline_agency = (SELECT o.name FROM outlets o WHERE o.id = documents.upstream_outlet_id)
  WHERE upstream_outlet_id IS NOT NULL;

-- The dateline outranks what detection found (a stated phrase, a copy); the analyst's word stays.
-- An agency's own item (dateline naming its own outlet) has no upstream.
INSERT INTO document_upstreams (document_id, outlet_id, name, source, evidence, upstream_document_id, created_at)
  SELECT d.id, d.upstream_outlet_id, o.name, 'dateline', ifnull(d.dateline, ''), NULL, d.updated_at
  FROM documents d JOIN outlets o ON o.id = d.upstream_outlet_id
  WHERE d.outlet_id IS NOT d.upstream_outlet_id
  ON CONFLICT (document_id) DO UPDATE SET outlet_id = excluded.outlet_id, name = excluded.name, source = 'dateline',
    evidence = excluded.evidence, upstream_document_id = NULL
  WHERE document_upstreams.source IN ('pattern', 'copy', 'dateline');

DROP INDEX documents_by_upstream_outlet;
ALTER TABLE documents DROP COLUMN upstream_outlet_id;
