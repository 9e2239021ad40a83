package org.govgraph.api.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.govgraph.model.webhook.WebhookRepository;
import org.govgraph.model.webhook.WebhookRepository.Delivery;
import org.govgraph.model.webhook.WebhookRepository.Due;
import org.govgraph.model.webhook.WebhookRepository.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Delivers webhooks. Each API instance runs one dispatcher; every
 * {@code govgraph.webhooks.poll-interval} it (1) turns the changes of the log after the
 * graph's webhook cursor into {@code PENDING} deliveries ({@link WebhookRepository#enqueue}),
 * then (2) claims the due ones for a lease ({@link WebhookRepository#claim}), so that no other
 * instance sends them meanwhile, and POSTs each, on a virtual thread of its own, to its URL
 * (checked again: {@link WebhookAddresses}), signed ({@link WebhookSignature}), without
 * following redirects. A 2xx answer makes the delivery {@code DELIVERED}; anything else
 * (another status, no answer within {@code timeout}, a refused address) schedules the next
 * attempt after {@code initial-backoff × 2^(attempts − 1)}, or makes it {@code FAILED} once
 * that would be later than {@code max-retry-duration} after the delivery was queued.
 * <p>
 * The queue is in the graph, so what is pending when an instance stops is sent by the next one
 * to run; an attempt cut short by a stop (or a crash) is made again once its lease has expired.
 * A receiver may therefore get a delivery more than once, and deliveries in another order
 * than their changes' sequence: it drops repeats by {@code id} and orders by {@code sequence}.
 * The dispatcher stops with the application, before the web server's graceful shutdown.
 */
@Component
public class WebhookDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

	/** How long stopping waits for the round in progress. */
	static final Duration STOP_WAIT = Duration.ofSeconds(3);

	/** How many batches of changes one read of the log takes when queueing (changes are cheap to skip). */
	static final int ENQUEUE_BATCHES = 20;

	private final WebhookRepository repository;

	private final WebhookProperties properties;

	private final WebhookAddresses addresses;

	/** Times in bodies: UTC to the millisecond, as the API's {@code DateTime} shows them. */
	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

	private final JsonMapper json = JsonMapper.builder().build();

	private volatile Run run;

	private boolean applicationReady;

	public WebhookDispatcher(WebhookRepository repository, WebhookProperties properties) {
		this.repository = repository;
		this.properties = properties;
		this.addresses = new WebhookAddresses(properties.allowLoopback());
	}

	/** The body of one attempt at a delivery, as sent (and signed). */
	byte[] body(Due due, OffsetDateTime sentAt) {
		Delivery delivery = due.delivery();
		var change = new LinkedHashMap<String, Object>();
		change.put("sequence", delivery.sequence());
		change.put("at", TIME.format(delivery.at().withOffsetSameInstant(ZoneOffset.UTC)));
		change.put("by", delivery.by());
		change.put("operation", delivery.operation());
		change.put("kind", "EVENT");
		change.put("key", delivery.eventKey());
		change.put("version", delivery.version());
		var event = new LinkedHashMap<String, Object>();
		event.put("key", delivery.eventKey());
		event.put("uid", delivery.uid());
		event.put("version", delivery.version());
		var body = new LinkedHashMap<String, Object>();
		body.put("id", delivery.id());
		body.put("webhook", delivery.webhookId());
		body.put("forum", due.forumKey());
		body.put("attempt", delivery.attempts() + 1);
		body.put("sentAt", TIME.format(sentAt));
		body.put("change", change);
		body.put("event", event);
		return this.json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The dispatcher starts its rounds once the application is ready: while it starts, the
	 * schema migrations and the dataset load hold the graph.
	 */
	@EventListener(ApplicationReadyEvent.class)
	public void applicationReady() {
		Run current;
		synchronized (this) {
			this.applicationReady = true;
			current = this.run;
		}
		if (current != null) {
			current.start();
		}
	}

	@Override
	public void start() {
		synchronized (this) {
			if (this.run == null && this.properties.enabled()) {
				this.run = new Run();
				if (this.applicationReady) {
					this.run.start();
				}
			}
		}
	}

	@Override
	public void stop() {
		Run stopping;
		synchronized (this) {
			stopping = this.run;
			this.run = null;
		}
		if (stopping != null) {
			stopping.stop();
		}
	}

	@Override
	public boolean isRunning() {
		return this.run != null;
	}

	/** Stops before the web server's graceful shutdown (and starts after it is up). */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE;
	}

	/** One run of the dispatcher: its thread, the virtual threads of its attempts and its HTTP client. */
	private final class Run implements Runnable {

		private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor((task) -> {
			var thread = new Thread(task, "webhooks");
			thread.setDaemon(true);
			return thread;
		});

		private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();

		private final HttpClient client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(WebhookDispatcher.this.properties.timeout())
			.executor(this.senders)
			.build();

		private volatile boolean stopped;

		private boolean started;

		private boolean failing;

		synchronized void start() {
			if (!this.started && !this.stopped) {
				this.started = true;
				long interval = Math.max(1, WebhookDispatcher.this.properties.pollInterval().toMillis());
				this.thread.scheduleWithFixedDelay(this, 0, interval, TimeUnit.MILLISECONDS);
			}
		}

		@Override
		public void run() {
			var properties = WebhookDispatcher.this.properties;
			try {
				int batch = properties.batchSize();
				var work = WebhookDispatcher.this.repository.work();
				if (work.activeWebhooks()) {
					int changes = batch * ENQUEUE_BATCHES;
					while (!this.stopped && WebhookDispatcher.this.repository.enqueue(changes) == changes) {
						// a full batch: more changes follow
					}
				}
				List<Due> due = (this.stopped || !(work.pendingDeliveries() || work.activeWebhooks())) ? List.of()
						: WebhookDispatcher.this.repository.claim(batch, properties.timeout().multipliedBy(2).plusSeconds(10));
				var attempts = new ArrayList<Callable<Void>>();
				for (Due delivery : due) {
					attempts.add(() -> {
						attempt(delivery);
						return null;
					});
				}
				if (!attempts.isEmpty()) {
					this.senders.invokeAll(attempts);
				}
				if (this.failing) {
					this.failing = false;
					log.info("Webhook deliveries resumed");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (RuntimeException ex) {
				if (!this.failing && !this.stopped) {
					this.failing = true;
					log.warn("Could not dispatch webhooks ({}); trying again every {}", ex.toString(),
							properties.pollInterval());
				}
			}
		}

		private void attempt(Due due) {
			Delivery delivery = due.delivery();
			int status = 0;
			String error;
			String refusal = WebhookDispatcher.this.addresses.refusal(due.url());
			if (refusal != null) {
				error = refusal;
			}
			else {
				var sentAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
				byte[] body = body(due, sentAt);
				var request = HttpRequest.newBuilder(URI.create(due.url()))
					.timeout(WebhookDispatcher.this.properties.timeout())
					.header("Content-Type", "application/json")
					.header("User-Agent", "governance-graph-webhooks")
					.header(WebhookSignature.DELIVERY_HEADER, delivery.id())
					.header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(sentAt.toEpochSecond()))
					.header(WebhookSignature.HEADER, WebhookSignature.of(due.secret(), body))
					.POST(HttpRequest.BodyPublishers.ofByteArray(body))
					.build();
				try {
					status = this.client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
					error = (status >= 200 && status < 300) ? null : "HTTP " + status;
				}
				catch (InterruptedException ex) {
					// Stopping: the lease expires and the next instance to run tries again.
					Thread.currentThread().interrupt();
					return;
				}
				catch (IOException | IllegalArgumentException ex) {
					error = (ex.getMessage() != null) ? ex.getClass().getSimpleName() + ": " + ex.getMessage()
							: ex.getClass().getSimpleName();
				}
			}
			record(delivery, status, error);
		}

		private void record(Delivery delivery, int status, String error) {
			var properties = WebhookDispatcher.this.properties;
			if (error == null) {
				WebhookDispatcher.this.repository.attempted(delivery.id(), status, null, Status.DELIVERED, null);
				log.info("webhook delivery={} webhook={} sequence={} attempt={} delivered status={}", delivery.id(),
						delivery.webhookId(), delivery.sequence(), delivery.attempts() + 1, status);
				return;
			}
			int attempts = delivery.attempts() + 1;
			Duration backoff = properties.initialBackoff().multipliedBy(1L << Math.min(attempts - 1, 30));
			OffsetDateTime next = OffsetDateTime.now(ZoneOffset.UTC).plus(backoff);
			boolean giveUp = next.isAfter(delivery.createdAt().plus(properties.maxRetryDuration()));
			WebhookDispatcher.this.repository.attempted(delivery.id(), status, error,
					giveUp ? Status.FAILED : Status.PENDING, giveUp ? null : next);
			log.info("webhook delivery={} webhook={} sequence={} attempt={} failed ({}); {}", delivery.id(),
					delivery.webhookId(), delivery.sequence(), attempts, error,
					giveUp ? "giving up" : "next attempt in " + backoff);
		}

		/** Ends the run: attempts in progress are cut short (their leases expire), the round in progress ends. */
		void stop() {
			this.stopped = true;
			this.thread.shutdown();
			this.senders.shutdownNow();
			try {
				if (!this.thread.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
					log.warn("The webhook dispatcher did not stop within {}; leaving it", STOP_WAIT);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.client.shutdownNow();
		}

	}

}
