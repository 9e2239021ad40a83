package org.govgraph.clients.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * One run: valid requests on the open-loop {@link Schedule}, each on a virtual thread (at most
 * {@code --max-in-flight} at once), and, when asked, flood threads that send the {@link FloodDocuments} in a closed
 * loop as fast as the server answers. Everything goes to the one loopback URL of the options.
 */
final class LoadRun {

	private final LoadOptions options;

	private final Schedule schedule;

	private final LatencyStats latency = new LatencyStats();

	private final Outcomes valid = new Outcomes();

	private final Outcomes flood = new Outcomes();

	private final AtomicBoolean floodStop = new AtomicBoolean();

	LoadRun(LoadOptions options) {
		this.options = options;
		this.schedule = new Schedule(options.rate(), options.warmup().toSeconds(), options.duration().toSeconds());
	}

	/** What a run measured. */
	record Result(String label, LoadOptions options, long validSent, LatencyStats.Summary latency, Outcomes valid,
			int floodThreads, Outcomes flood, double floodSeconds, double maxSendLagMillis) {

		long floodSent() {
			return this.flood.sum();
		}

		double floodRate() {
			return this.floodSeconds > 0 ? floodSent() / this.floodSeconds : 0;
		}

		/** Whether every valid request got a 200 without GraphQL errors. */
		boolean validAllOk() {
			return this.valid.total().keySet().stream().allMatch("200"::equals);
		}

	}

	static HttpClient newClient(LoadOptions options) {
		return GraphQlHttp.newClient(options.timeout());
	}

	static HttpRequest post(LoadOptions options, String body, String apiKey) {
		return GraphQlHttp.post(options.url(), body, apiKey, options.timeout());
	}

	/** The API key of flood thread {@code t}: none for even threads (rate-limited by address), its own for odd ones. */
	static String floodApiKey(int thread) {
		return thread % 2 == 0 ? null : "flood-" + thread;
	}

	Result run(String label) throws InterruptedException {
		List<HttpRequest> validRequests = ValidQueries.ALL.stream()
			.map(q -> post(this.options, q.body(), this.options.apiKey()))
			.toList();
		int floodThreads = this.options.floodThreads();
		try (HttpClient validClient = newClient(this.options); HttpClient floodClient = newClient(this.options);
				ExecutorService floodPool = Executors.newVirtualThreadPerTaskExecutor()) {
			long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
			long end = start + this.schedule.totalNanos();
			for (int t = 0; t < floodThreads; t++) {
				int thread = t;
				floodPool.execute(() -> floodLoop(floodClient, thread, end));
			}
			// Every valid request, on time; run returns when the last has its answer. Then stop the flood.
			long maxSendLagNanos = OpenLoop.run(this.schedule, start, this.options.maxInFlight(), (index) -> {
				int k = (int) (index % validRequests.size());
				send(validClient, validRequests.get(k), this.valid, ValidQueries.ALL.get(k).name());
				if (this.schedule.isRecorded(index)) {
					this.latency.recordNanos(this.schedule.latencyNanos(start, index, System.nanoTime()));
				}
			});
			for (long wait = end - System.nanoTime(); wait > 0; wait = end - System.nanoTime()) {
				LockSupport.parkNanos(wait);
			}
			this.floodStop.set(true);
			floodPool.shutdown();
			floodPool.awaitTermination(this.options.timeout().toSeconds() + 5, TimeUnit.SECONDS);
			double floodSeconds = floodThreads == 0 ? 0 : (System.nanoTime() - start) / 1e9;
			return new Result(label, this.options, this.schedule.count(), this.latency.summary(), this.valid, floodThreads, this.flood,
					floodSeconds, maxSendLagNanos / 1e6);
		}
	}

	private void floodLoop(HttpClient client, int thread, long end) {
		String apiKey = floodApiKey(thread);
		List<ValidQueries.Request> documents = FloodDocuments.ALL;
		List<HttpRequest> requests = documents.stream().map(d -> post(this.options, d.body(), apiKey)).toList();
		for (long n = thread; !this.floodStop.get() && System.nanoTime() < end; n++) {
			int k = (int) (n % requests.size());
			send(client, requests.get(k), this.flood, documents.get(k).name());
		}
	}

	/** Sends one request and counts its outcome under {@code group}; never throws (an interrupt is kept as a flag). */
	private static void send(HttpClient client, HttpRequest request, Outcomes outcomes, String group) {
		String outcome;
		try {
			HttpResponse<String> response = client.send(request, BodyPrefix.handler());
			String body = response.body();
			boolean errors = Outcomes.hasGraphQlErrors(body);
			outcome = Outcomes.of(response.statusCode(), errors);
			if (errors || response.statusCode() != 200) {
				String message = Outcomes.firstErrorMessage(body);
				outcomes.sample(group, outcome, message != null ? message : body.length() > 160 ? body.substring(0, 160) : body);
			}
		}
		catch (HttpTimeoutException ex) {
			outcome = "timeout";
		}
		catch (IOException ex) {
			outcome = "io-error";
			outcomes.sample(group, outcome, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			outcome = "interrupted";
		}
		outcomes.add(group, outcome);
	}

}
