package org.govgraph.clients.load;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * A load client of the GraphQL API's HTTP contract: an open-loop, fixed-rate load of valid read queries, optionally
 * with a parallel flood of abusive queries, reporting the valid queries' latency percentiles. With
 * {@code --compare}, a baseline run without flood, then the flood run, and the ratio of their p99 (exit status 1
 * when it exceeds {@code --max-ratio}). Loopback URLs only. Options: {@link LoadOptions#USAGE}.
 */
public final class LoadClient {

	private LoadClient() {
	}

	public static void main(String[] args) throws Exception {
		System.exit(run(args));
	}

	static int run(String... args) throws InterruptedException {
		if (LoadOptions.wantsHelp(args)) {
			System.out.println(LoadOptions.USAGE);
			return 0;
		}
		LoadOptions options;
		try {
			options = LoadOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println("load client: " + ex.getMessage());
			System.err.println(LoadOptions.USAGE);
			return 2;
		}
		String unreachable = preflight(options);
		if (unreachable != null) {
			System.err.println("load client: " + unreachable);
			return 2;
		}
		if (!options.compare()) {
			System.out.println(Report.settings(options));
			var result = new LoadRun(options).run(options.floodThreads() > 0 ? "run with flood" : "run without flood");
			System.out.print(Report.format(result));
			return 0;
		}
		System.out.println(Report.settings(options));
		var baseline = new LoadRun(options.withoutFlood()).run("baseline (no flood)");
		System.out.print(Report.format(baseline));
		var flooded = new LoadRun(options).run("with flood (" + options.floodThreads() + " threads)");
		System.out.print(Report.format(flooded));
		var comparison = Report.Comparison.of(baseline.latency(), flooded.latency(), options.maxRatio(),
				baseline.validAllOk() && flooded.validAllOk());
		System.out.println(comparison.format());
		return comparison.pass() ? 0 : 1;
	}

	/** Null when the URL answers a trivial query; otherwise why not. */
	private static String preflight(LoadOptions options) throws InterruptedException {
		try (var client = LoadRun.newClient(options)) {
			var ping = LoadRun.post(options, Json.requestBody("query Ping { __typename }", Map.of()), options.apiKey());
			var response = client.send(ping, HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200 ? null
					: options.url() + " answered " + response.statusCode() + " to { __typename }";
		}
		catch (IOException ex) {
			return "cannot reach " + options.url() + ": " + ex.getClass().getSimpleName()
					+ (ex.getMessage() == null ? "" : " " + ex.getMessage()) + " (is the API running?)";
		}
	}

}
