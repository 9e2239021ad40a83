package org.govgraph.api.webhook;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.govgraph.api.graph.ApiException;
import org.govgraph.api.graph.Connections;
import org.govgraph.api.graph.Connections.Connection;
import org.govgraph.api.graph.Connections.Edge;
import org.govgraph.api.graph.Connections.PageInfo;
import org.govgraph.api.graph.GlobalId;
import org.govgraph.api.security.CurationAccess;
import org.govgraph.model.curation.CurationRepository;
import org.govgraph.model.curation.UserError;
import org.govgraph.model.vocabulary.NodeLabel;
import org.govgraph.model.webhook.WebhookRepository;
import org.govgraph.model.webhook.WebhookRepository.Delivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;

/**
 * Webhooks of forums' calendars: registering, disabling, enabling and deleting them, and
 * reading them and their delivery log. All of it needs the role {@code CURATOR} (the log names
 * receivers' URLs); the secret is never returned.
 */
@Controller
class WebhookController {

	private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

	/** The shortest secret accepted: 16 characters. */
	static final int MIN_SECRET = 16;

	/** The longest secret accepted. */
	static final int MAX_SECRET = 1024;

	/** The longest URL accepted. */
	static final int MAX_URL = 2048;

	private static final Pattern SEQUENCE = Pattern.compile("0|[1-9][0-9]{0,17}");

	private final WebhookRepository repository;

	private final WebhookAddresses addresses;

	WebhookController(WebhookRepository repository, WebhookProperties properties) {
		this.repository = repository;
		this.addresses = new WebhookAddresses(properties.allowLoopback());
	}

	/**
	 * A webhook as the API shows it: everything but the secret.
	 *
	 * @param forum the forum's global ID
	 */
	record Webhook(String id, String forum, String forumKey, String url, String comment, String createdBy,
			OffsetDateTime createdAt, boolean active) {

		static Webhook of(WebhookRepository.Webhook webhook) {
			return new Webhook(webhook.id(), new GlobalId(NodeLabel.FORUM, webhook.forumKey()).encoded(),
					webhook.forumKey(), webhook.url(), webhook.comment(), webhook.createdBy(), webhook.createdAt(),
					webhook.active());
		}

	}

	/** The answer of a webhook mutation. */
	record WebhookPayload(Webhook webhook, List<UserError> userErrors) {
	}

	/** The answer of {@code deleteWebhook}. */
	record DeleteWebhookPayload(String deletedId, List<UserError> userErrors) {
	}

	@MutationMapping
	@PreAuthorize(CurationAccess.CURATOR)
	WebhookPayload registerWebhook(@Argument Map<String, Object> input) {
		var errors = new ArrayList<UserError>();
		String forumId = (String) input.get("forum");
		String url = (String) input.get("url");
		String secret = (String) input.get("secret");
		String comment = (String) input.get("comment");
		GlobalId forum = GlobalId.parse(forumId, "forum");
		if (forum.label() != NodeLabel.FORUM) {
			errors.add(new UserError(List.of("input", "forum"), "the ID names a " + forum.label().label()
					+ ", not a Forum", UserError.Code.VALIDATION));
		}
		else if (!this.repository.forumExists(forum.key())) {
			errors.add(new UserError(List.of("input", "forum"), "no forum " + forum.key(), UserError.Code.NOT_FOUND));
		}
		if (url.length() > MAX_URL) {
			errors.add(new UserError(List.of("input", "url"), "a URL of at most " + MAX_URL + " characters",
					UserError.Code.VALIDATION));
		}
		else {
			String refusal = this.addresses.refusal(url);
			if (refusal != null) {
				errors.add(new UserError(List.of("input", "url"), refusal, UserError.Code.VALIDATION));
			}
		}
		if (secret.length() < MIN_SECRET || secret.length() > MAX_SECRET) {
			errors.add(new UserError(List.of("input", "secret"), "a secret of " + MIN_SECRET + " to " + MAX_SECRET
					+ " characters", UserError.Code.VALIDATION));
		}
		if (comment != null && comment.length() > CurationRepository.MAX_TEXT) {
			errors.add(new UserError(List.of("input", "comment"), "a comment of at most " + CurationRepository.MAX_TEXT
					+ " characters", UserError.Code.VALIDATION));
		}
		String subject = subject();
		if (!errors.isEmpty()) {
			log.info("webhook subject={} operation=registerWebhook forum={} outcome=refused {}", subject, forumId,
					errors.stream().map(UserError::message).toList());
			return new WebhookPayload(null, errors);
		}
		var webhook = this.repository.register(forum.key(), url, secret, comment, subject);
		log.info("webhook subject={} operation=registerWebhook forum={} webhook={} outcome=committed", subject,
				forum.key(), webhook.id());
		return new WebhookPayload(Webhook.of(webhook), List.of());
	}

	@MutationMapping
	@PreAuthorize(CurationAccess.CURATOR)
	WebhookPayload disableWebhook(@Argument Map<String, Object> input) {
		return setActive((String) input.get("id"), false);
	}

	@MutationMapping
	@PreAuthorize(CurationAccess.CURATOR)
	WebhookPayload enableWebhook(@Argument Map<String, Object> input) {
		return setActive((String) input.get("id"), true);
	}

	@MutationMapping
	@PreAuthorize(CurationAccess.CURATOR)
	DeleteWebhookPayload deleteWebhook(@Argument Map<String, Object> input) {
		String id = (String) input.get("id");
		if (!this.repository.delete(id)) {
			return new DeleteWebhookPayload(null, List.of(notFound(id)));
		}
		log.info("webhook subject={} operation=deleteWebhook webhook={} outcome=committed", subject(), id);
		return new DeleteWebhookPayload(id, List.of());
	}

	@QueryMapping
	@PreAuthorize(CurationAccess.CURATOR)
	List<Webhook> webhooks(@Argument String forum) {
		String forumKey = null;
		if (forum != null) {
			var id = GlobalId.parse(forum, "forum");
			if (id.label() != NodeLabel.FORUM) {
				throw ApiException.badRequest("forum", "the ID names a " + id.label().label() + ", not a Forum (argument 'forum')");
			}
			forumKey = id.key();
		}
		return this.repository.webhooks(forumKey).stream().map(Webhook::of).toList();
	}

	@QueryMapping
	@PreAuthorize(CurationAccess.CURATOR)
	Connection<Edge<Delivery>> webhookDeliveries(@Argument String webhook, @Argument Integer first,
			@Argument String after) {
		int size = Connections.first(first);
		long from = 0;
		if (after != null) {
			if (!SEQUENCE.matcher(after).matches()) {
				String shown = (after.length() > 80) ? after.substring(0, 77) + "..." : after;
				throw ApiException.badRequest("after", "'" + shown + "' is not a delivery cursor: give the digits of a "
						+ "WebhookDelivery.sequence, or \"0\" for the first delivery (argument 'after')");
			}
			from = Long.parseLong(after);
		}
		var deliveries = this.repository.deliveries(webhook, from, size + 1);
		var edges = new ArrayList<Edge<Delivery>>();
		for (Delivery delivery : deliveries.subList(0, Math.min(size, deliveries.size()))) {
			edges.add(new Edge<>(Long.toString(delivery.sequence()), delivery));
		}
		String start = edges.isEmpty() ? Long.toString(from) : edges.getFirst().cursor();
		String end = edges.isEmpty() ? Long.toString(from) : edges.getLast().cursor();
		return new Connection<>(edges, new PageInfo(deliveries.size() > size, from > 0, start, end), (long) edges.size());
	}

	private WebhookPayload setActive(String id, boolean active) {
		var webhook = this.repository.setActive(id, active);
		if (webhook.isEmpty()) {
			return new WebhookPayload(null, List.of(notFound(id)));
		}
		log.info("webhook subject={} operation={} webhook={} outcome=committed", subject(),
				active ? "enableWebhook" : "disableWebhook", id);
		return new WebhookPayload(Webhook.of(webhook.get()), List.of());
	}

	private static UserError notFound(String id) {
		String shown = (id.length() > 80) ? id.substring(0, 77) + "..." : id;
		return new UserError(List.of("input", "id"), "no webhook " + shown, UserError.Code.NOT_FOUND);
	}

	private static String subject() {
		return SecurityContextHolder.getContext().getAuthentication().getName();
	}

}
