package org.govgraph.client.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One delivery: a change of an event of the webhook's calendar, and its attempts.
 *
 * @param id its identifier: the body's {@code id} and the {@code X-Govgraph-Delivery} header, the same for every attempt.
 * @param sequence the change's {@code sequence} in the change log.
 * @param at when the change was committed.
 * @param by who made the change.
 * @param operation what the change did to the event.
 * @param eventKey the event's key.
 * @param uid the event's iCalendar UID.
 * @param version the event's version after the change.
 * @param status where the delivery stands.
 * @param attempts how many attempts were made.
 * @param attemptStatuses the HTTP status of each attempt, in order; 0 for an attempt that got no answer.
 * @param createdAt when the delivery was queued.
 * @param nextAttemptAt when the next attempt is due; null once delivered or failed.
 * @param lastAttemptAt when the last attempt was made; null before the first.
 * @param lastStatus the HTTP status of the last attempt; 0 for no answer, null before the first.
 * @param lastError why the last attempt failed; null when it succeeded or none was made.
 * @param deliveredAt when it was delivered; null until then.
 */
public record WebhookDelivery(String id, int sequence, OffsetDateTime at, String by, ChangeOperation operation, String eventKey, String uid, int version, WebhookDeliveryStatus status, int attempts, List<Integer> attemptStatuses, OffsetDateTime createdAt, OffsetDateTime nextAttemptAt, OffsetDateTime lastAttemptAt, Integer lastStatus, String lastError, OffsetDateTime deliveredAt) {

	public WebhookDelivery {
		attemptStatuses = (attemptStatuses != null) ? List.copyOf(attemptStatuses) : List.of();
	}

}
