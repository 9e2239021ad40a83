// Every node of the governance graph is found by a stable business key.
CREATE CONSTRAINT instrument_key IF NOT EXISTS FOR (n:Instrument) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT paragraph_key IF NOT EXISTS FOR (n:Paragraph) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT forum_key IF NOT EXISTS FOR (n:Forum) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT stakeholder_group_key IF NOT EXISTS FOR (n:StakeholderGroup) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT role_key IF NOT EXISTS FOR (n:Role) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT topic_key IF NOT EXISTS FOR (n:Topic) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT source_key IF NOT EXISTS FOR (n:Source) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT dataset_name IF NOT EXISTS FOR (n:Dataset) REQUIRE n.name IS UNIQUE;
