/**
 * Curation: writes to the graph, their history and the change feed.
 *
 * <h2>How writes are stored</h2>
 * <ul>
 * <li>Every governance node has {@code version} (1 when created, +1 with every write, by a
 * curator or by a dataset reload) and, once retired, {@code retired: true} plus the label
 * {@code :Retired} (reads leave a retired node out with a label check; {@code node(id:)} still
 * finds it). Nothing is deleted: retiring is soft.</li>
 * <li>{@code origin} on a node or relationship says who created it: {@code "dataset"} (or
 * absent, for a graph loaded before origins were kept) or {@code "curation"}. A dataset reload
 * manages only what the dataset created.</li>
 * <li>{@code curatedProperties} on a node lists the properties whose value a curator set; a
 * reload leaves them alone. When a curator first overrides a value the dataset set, the
 * dataset's value is kept on a {@code (:DatasetState {label, key})} node, so a reload can tell
 * whether the dataset has since changed that value too (a conflict: the curator's value stays,
 * the conflict is logged and listed under {@code about}).</li>
 * <li>{@code provenanceOrigins} is one more parallel list beside the provenance lists:
 * {@code "dataset"} or {@code "curation"} per entry. A curator's update of a value removes
 * that value from the {@code supports} of the entries before it (dropping entries left with
 * none) and adds its own entries.</li>
 * <li>{@code disconnected} on a node lists {@code TYPE|fromKey|toKey} of dataset relationships
 * that a curator disconnected from it, so that a reload does not bring them back.</li>
 * </ul>
 *
 * <h2>The change log</h2>
 * Every committed write takes the one {@code (:ChangeCounter {name: "changes"})} node's lock
 * first ({@link org.govgraph.model.curation.ChangeLog#lock}), so writes are serialized and each
 * gets the next {@code sequence} in commit order, without gaps, whichever API instance makes it.
 * Each write records one {@code (:Change)} node per entity it changes:
 * {@code {sequence, at, by, operation, label, key, version, comment, correlationId}}, with
 * {@code -[:BEFORE]->(:Snapshot)} (the entity's properties before; absent for a creation),
 * {@code -[:AFTER]->(:Snapshot)} (after), and for each relationship it adds or removes
 * {@code -[:ADDED|REMOVED]->(:RelationshipSnapshot {type, fromLabel, fromKey, toLabel, toKey,
 * ...its properties})}. History, {@code asOf} and the feed are read from these nodes; none of
 * them is connected to a governance node, so traversals never meet them.
 */
package org.govgraph.model.curation;
