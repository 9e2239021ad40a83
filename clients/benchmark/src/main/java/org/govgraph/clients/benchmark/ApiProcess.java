package org.govgraph.clients.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The API jar as a child process, on free ports, with the benchmark's API key and a cost budget no benchmark
 * exhausts: started with the JDK that runs the benchmark, its output written to a log file. Closing it stops the
 * process (destroy, then destroy forcibly after 20 s) and deletes the temporary data directory if it made one; a
 * benchmark stopped before that kills it on its way out.
 */
final class ApiProcess implements AutoCloseable {

	/** The {@code X-API-Key} the benchmark sends; the API gives it a budget of its own. */
	static final String API_KEY = "benchmark";

	private final Process process;

	private final int httpPort;

	private final int boltPort;

	private final Path log;

	private final Path temporaryData;

	private final List<String> command;

	/** Kills the API when the benchmark itself is stopped (Ctrl-C, SIGTERM) before it could close it. */
	private final Thread killOnExit;

	private ApiProcess(Process process, int httpPort, int boltPort, Path log, Path temporaryData, List<String> command) {
		this.process = process;
		this.killOnExit = new Thread(process::destroyForcibly, "kill-api-on-exit");
		Runtime.getRuntime().addShutdownHook(this.killOnExit);
		this.httpPort = httpPort;
		this.boltPort = boltPort;
		this.log = log;
		this.temporaryData = temporaryData;
		this.command = command;
	}

	/** Starts the API; it is not ready yet ({@link #awaitReady}). */
	static ApiProcess start(BenchmarkOptions options) throws IOException {
		int httpPort = freePort();
		int boltPort = freePort();
		Path temporaryData = null;
		Path dataDirectory = options.dataDirectory();
		if (dataDirectory == null) {
			temporaryData = Files.createTempDirectory("benchmark-api-");
			dataDirectory = temporaryData.resolve("data/neo4j");
		}
		String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		var command = new ArrayList<String>();
		command.add(java);
		command.addAll(options.jvmArgs());
		command.addAll(List.of("-jar", options.apiJar().toAbsolutePath().toString(), "--server.port=" + httpPort,
				"--govgraph.embedded-neo4j.port=" + boltPort, "--govgraph.limits.api-keys=" + API_KEY,
				"--govgraph.limits.cost-per-minute=100000000",
				"--govgraph.embedded-neo4j.data-directory=" + dataDirectory.toAbsolutePath()));
		Path log = Files.createTempFile("benchmark-api-", ".log");
		var process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
			.start();
		return new ApiProcess(process, httpPort, boltPort, log, temporaryData, command);
	}

	/** Polls {@code /actuator/health/readiness} until it says UP; the seconds that took since the start. */
	double awaitReady(Duration timeout, long startNanos) throws InterruptedException {
		var readiness = HttpRequest.newBuilder(baseUri().resolve("/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(5))
			.GET()
			.build();
		long deadline = System.nanoTime() + timeout.toNanos();
		try (var client = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build()) {
			while (System.nanoTime() < deadline) {
				if (!this.process.isAlive()) {
					throw new IllegalStateException(
							"the API exited with status " + this.process.exitValue() + " before it was ready; see " + this.log);
				}
				try {
					var response = client.send(readiness, HttpResponse.BodyHandlers.ofString());
					if (response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"")) {
						return (System.nanoTime() - startNanos) / 1e9;
					}
				}
				catch (IOException ex) {
					// Not listening yet.
				}
				Thread.sleep(100);
			}
		}
		throw new IllegalStateException("the API was not ready within " + timeout.toSeconds() + " s; see " + this.log);
	}

	URI baseUri() {
		return URI.create("http://127.0.0.1:" + this.httpPort);
	}

	URI graphQlUri() {
		return baseUri().resolve("/graphql");
	}

	URI prometheusUri() {
		return baseUri().resolve("/actuator/prometheus");
	}

	String boltUri() {
		return "bolt://127.0.0.1:" + this.boltPort;
	}

	long pid() {
		return this.process.pid();
	}

	Path log() {
		return this.log;
	}

	List<String> command() {
		return List.copyOf(this.command);
	}

	/** CPU the process (the API and its embedded Neo4j) has used so far. */
	ProcStat cpu() {
		return ProcStat.of(pid());
	}

	@Override
	public void close() throws InterruptedException {
		try {
			Runtime.getRuntime().removeShutdownHook(this.killOnExit);
		}
		catch (IllegalStateException ex) {
			// Already shutting down: the hook runs anyway.
		}
		this.process.destroy();
		if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
			this.process.waitFor(10, TimeUnit.SECONDS);
		}
		if (this.temporaryData != null) {
			deleteTree(this.temporaryData);
		}
	}

	private static void deleteTree(Path root) {
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException ex) {
			System.err.println("benchmark: could not delete " + root + ": " + ex.getMessage());
		}
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
