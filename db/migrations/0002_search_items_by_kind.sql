-- Filtered searches and per-kind counts look rows up by kind and date.
CREATE INDEX search_items_by_kind_date ON search_items(kind, date);
