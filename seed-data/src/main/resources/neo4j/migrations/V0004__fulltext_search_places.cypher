// Search finds events by where they are held: the full-text index of V0003 gains the city,
// venue and country of events. A full-text index cannot be altered, so it is dropped and created again.
DROP INDEX governance_text IF EXISTS;
CREATE FULLTEXT INDEX governance_text IF NOT EXISTS
FOR (n:Instrument|Paragraph|Forum|StakeholderGroup|Role|Event|Topic)
ON EACH [n.title, n.name, n.symbol, n.acronym, n.text, n.description, n.venue, n.city, n.country];
