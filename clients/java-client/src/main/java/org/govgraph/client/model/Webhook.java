package org.govgraph.client.model;

import java.time.OffsetDateTime;

/**
 * A webhook of a forum's calendar. Its secret is never shown.
 *
 * @param id its identifier, for {@code webhookDeliveries} and the other mutations; also the {@code webhook} of each delivery's body.
 * @param forum the forum's ID.
 * @param forumKey the forum's key (the body's {@code forum}).
 * @param url where deliveries are POSTed.
 * @param comment what the curator said of it; null when nothing.
 * @param createdBy who registered it.
 * @param createdAt when it was registered.
 * @param active false while disabled.
 */
public record Webhook(String id, String forum, String forumKey, String url, String comment, String createdBy, OffsetDateTime createdAt, boolean active) {

}
