package org.govgraph.client.model;

/**
 * Names a webhook. A null component is left out of the request.
 *
 * @param id the webhook's {@code id}. Required.
 */
public record WebhookIdInput(String id) implements GraphQlInput {

}
