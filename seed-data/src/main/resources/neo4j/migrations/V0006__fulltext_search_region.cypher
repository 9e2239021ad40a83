// Events held in a region rather than a city ("in Bali, Indonesia") keep it in `region`: the
// full-text index of V0004 gains it. A full-text index cannot be altered, so it is dropped and created again.
DROP INDEX governance_text IF EXISTS;
CREATE FULLTEXT INDEX governance_text IF NOT EXISTS
FOR (n:Instrument|Paragraph|Forum|StakeholderGroup|Role|Event|Topic)
ON EACH [n.title, n.name, n.symbol, n.acronym, n.text, n.description, n.venue, n.city, n.region, n.country];
