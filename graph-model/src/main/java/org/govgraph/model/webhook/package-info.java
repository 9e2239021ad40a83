/**
 * Webhooks: a curator's registration of a URL (and a secret) for a forum's calendar, and the
 * queue of deliveries to it, all kept in the graph so that they survive a restart and are shared
 * by every API instance.
 *
 * <h2>How they are stored</h2>
 * <ul>
 * <li>{@code (:Webhook {id, forumKey, url, secret, comment, createdBy, createdAt, active,
 * fromSequence})}: {@code secret} is the shared secret itself (it is needed to sign), stored in
 * the graph and never returned by the API; {@code fromSequence} is the last change of the log
 * when it was registered: only later changes are delivered.</li>
 * <li>{@code (:WebhookDelivery {id, webhookId, sequence, at, by, operation, eventKey, uid,
 * version, status, attempts, createdAt, nextAttemptAt, claimedUntil, lastAttemptAt, lastStatus,
 * lastError, deliveredAt})}: one per webhook and change, {@code status} {@code PENDING},
 * {@code DELIVERED} or {@code FAILED}.</li>
 * <li>{@code (:WebhookCursor {name: "webhooks", sequence})}: the last change of the log turned
 * into deliveries. Advanced in the same transaction that creates them, under the cursor's lock,
 * so each change is queued once whichever instance reads it.</li>
 * </ul>
 * None of these nodes is connected to a governance node, so traversals never meet them.
 */
package org.govgraph.model.webhook;
