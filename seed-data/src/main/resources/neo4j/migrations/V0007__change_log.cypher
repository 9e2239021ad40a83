// The change log: one (:Change) per write to an entity, numbered by the one counter without gaps.
CREATE CONSTRAINT change_counter_name IF NOT EXISTS FOR (n:ChangeCounter) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT change_sequence IF NOT EXISTS FOR (n:Change) REQUIRE n.sequence IS UNIQUE;
CREATE RANGE INDEX change_subject IF NOT EXISTS FOR (n:Change) ON (n.label, n.key);
CREATE RANGE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
CREATE RANGE INDEX relationship_snapshot_from IF NOT EXISTS FOR (n:RelationshipSnapshot) ON (n.fromLabel, n.fromKey);
CREATE RANGE INDEX relationship_snapshot_to IF NOT EXISTS FOR (n:RelationshipSnapshot) ON (n.toLabel, n.toKey);
CREATE CONSTRAINT dataset_state_subject IF NOT EXISTS FOR (n:DatasetState) REQUIRE (n.label, n.key) IS UNIQUE;
