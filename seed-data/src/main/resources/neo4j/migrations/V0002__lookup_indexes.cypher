// Look-ups the API makes besides keys: paragraphs by instrument, fora by acronym, time ranges.
CREATE INDEX paragraph_instrument IF NOT EXISTS FOR (n:Paragraph) ON (n.instrumentKey);
CREATE INDEX forum_acronym IF NOT EXISTS FOR (n:Forum) ON (n.acronym);
CREATE INDEX instrument_symbol IF NOT EXISTS FOR (n:Instrument) ON (n.symbol);
CREATE INDEX instrument_date IF NOT EXISTS FOR (n:Instrument) ON (n.date);
CREATE INDEX event_start IF NOT EXISTS FOR (n:Event) ON (n.start);
