-- One rule for "the same theme name" everywhere (common/text/theme-name.ts): case and
-- diacritics folded, so "Türkiye" = "TURKIYE". The key is stored so that name lookups read an
-- index instead of folding every name in JavaScript; the core writes it with the name.
-- theme_name_key() is the same JavaScript function, lent to this connection by db/migrate.ts.
ALTER TABLE themes ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
UPDATE themes SET name_key = theme_name_key(name);
CREATE INDEX themes_by_name_key ON themes(name_key);
