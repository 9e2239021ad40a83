// One full-text index over the readable text of every kind of node, for search.
CREATE FULLTEXT INDEX governance_text IF NOT EXISTS
FOR (n:Instrument|Paragraph|Forum|StakeholderGroup|Role|Event|Topic)
ON EACH [n.title, n.name, n.symbol, n.acronym, n.text, n.description];
