package org.govgraph.client.model;

/**
 * What registers a webhook. A null component is left out of the request.
 *
 * @param forum the forum whose calendar is followed. Required.
 * @param url where deliveries are POSTed: an {@code http} or {@code https} URL on a public address. Required.
 * @param secret the shared secret deliveries are signed with (HMAC-SHA256), 16 to 1024 characters. Required.
 * @param comment what the curator says of it.
 */
public record RegisterWebhookInput(String forum, String url, String secret, String comment) implements GraphQlInput {

}
