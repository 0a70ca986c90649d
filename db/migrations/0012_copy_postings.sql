-- Copy-detection postings stored lean (issue 12: detection must cost little per import). One
-- integer per fingerprint: the winnowed shingle hash in the high 32 bits, the document id in
-- the low 32, as the rowid of a table with no other column. A lookup is one rowid range scan,
-- an insert one B-tree entry (0007's table had a composite key plus an index by document).
-- A document's own fingerprints are kept in one row beside it, so deleting the document (or
-- replacing its text) removes exactly its postings (a trigger: deletes are rare; an insert
-- trigger would cost three times the direct insert).
CREATE TABLE copy_postings (key INTEGER PRIMARY KEY);
CREATE TABLE copy_documents (
  document_id  INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  fingerprints TEXT NOT NULL
);
CREATE TRIGGER copy_documents_forget AFTER DELETE ON copy_documents BEGIN
  DELETE FROM copy_postings WHERE key IN (SELECT (value << 32) | old.document_id FROM json_each(old.fingerprints));
END;

INSERT INTO copy_postings (key) SELECT (hash << 32) | document_id FROM copy_fingerprints;
INSERT INTO copy_documents (document_id, fingerprints)
  SELECT document_id, json_group_array(hash) FROM copy_fingerprints GROUP BY document_id;
DROP TABLE copy_fingerprints;
