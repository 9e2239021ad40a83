// One (:Support) node per provenance entry of every node and relationship: what rests on a
// source (a source document and one of its paragraphs, or a curated fact) is an indexed look-up.
CREATE CONSTRAINT support_key IF NOT EXISTS FOR (n:Support) REQUIRE n.key IS UNIQUE;
CREATE RANGE INDEX support_source_locator IF NOT EXISTS FOR (n:Support) ON (n.source, n.locator);
CREATE RANGE INDEX support_source IF NOT EXISTS FOR (n:Support) ON (n.source);
