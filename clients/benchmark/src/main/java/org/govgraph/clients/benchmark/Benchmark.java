package org.govgraph.clients.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.govgraph.clients.load.Schedule;

/**
 * The benchmark: launches the API jar, asks each canonical question of the API and of the floor (hand-written
 * Cypher on the API's embedded Neo4j), measures latency at a fixed rate, throughput at saturation, CPU and
 * statements per request, and writes a markdown report with a latency chart. Options: {@link BenchmarkOptions#USAGE}.
 * Exit status 0 when the report is written, 1 when the run failed, 2 on a usage error.
 */
public final class Benchmark {

	private static final String CHART = "benchmarks-latency.png";

	private static final int WARM_UP_WORKERS = 4;

	/** Seconds the API's idle CPU is measured for. */
	static final int IDLE_SECONDS = 2;

	private final BenchmarkOptions options;

	private final long clockTicks = ProcStat.clockTicksPerSecond();

	private final AtomicLong maxHeapBytes = new AtomicLong();

	private Benchmark(BenchmarkOptions options) {
		this.options = options;
	}

	public static void main(String[] args) {
		System.setProperty("java.awt.headless", "true");
		System.exit(run(args));
	}

	static int run(String... args) {
		if (BenchmarkOptions.wantsHelp(args)) {
			System.out.println(BenchmarkOptions.USAGE);
			return 0;
		}
		BenchmarkOptions options;
		try {
			options = BenchmarkOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println("benchmark: " + ex.getMessage());
			System.err.println(BenchmarkOptions.USAGE);
			return 2;
		}
		try {
			var report = new Benchmark(options).measure(command(args));
			Path out = options.out().toAbsolutePath();
			if (out.getParent() != null) {
				Files.createDirectories(out.getParent());
			}
			Path chart = out.resolveSibling(CHART);
			LatencyChart.write(report.results(), options.rate(), chart);
			Files.writeString(out, MarkdownReport.render(report));
			System.out.println("benchmark: wrote " + out + " and " + chart);
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			System.err.println("benchmark: interrupted");
			return 1;
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("benchmark: " + ex);
			return 1;
		}
	}

	private RunReport measure(String command) throws IOException, InterruptedException {
		String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
		long startNanos = System.nanoTime();
		try (var process = ApiProcess.start(this.options)) {
			log("started the API (pid " + process.pid() + "), its output in " + process.log());
			double ready = process.awaitReady(Duration.ofSeconds(this.options.readySeconds()), startNanos);
			log(String.format(Locale.ROOT, "ready in %.1f s at %s, Bolt %s", ready, process.baseUri(), process.boltUri()));
			try (var api = new ApiClient(process.graphQlUri(), process.prometheusUri());
					var floor = new Floor(process.boltUri())) {
				var stopSampling = new AtomicBoolean();
				var sampler = Thread.ofVirtual().start(() -> sampleHeap(api, stopSampling));
				try {
					long nodes = floor.count("MATCH (n) RETURN count(n)");
					long relationships = floor.count("MATCH ()-[r]->() RETURN count(r)");
					long governance = floor.read("MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN count(n)",
							Map.of("labels", CanonicalQueries.LABELS)).getFirst().get(0).asLong();
					log(String.format(Locale.ROOT, "graph: %,d nodes, %,d relationships", nodes, relationships));
					var queries = CanonicalQueries.discover(floor, api, this.options.selectedQueries());
					warmUp(queries, api, floor);
					ProcStat idleStart = process.cpu();
					Thread.sleep(IDLE_SECONDS * 1000L);
					double idle = process.cpu().millisSince(idleStart, this.clockTicks) / IDLE_SECONDS;
					log(String.format(Locale.ROOT, "idle CPU of the API's process: %.1f ms/s", idle));
					var results = new ArrayList<QueryResult>();
					for (var query : queries) {
						results.add(measure(query, process, api, floor));
					}
					stopSampling.set(true);
					sampler.join();
					String data = (this.options.dataDirectory() != null) ? "`" + this.options.dataDirectory() + "`"
							: "a fresh temporary directory (the curated dataset loaded at start-up)";
					return new RunReport(command, startedAt, Machine.current(), String.join(" ", this.options.jvmArgs()),
							data, nodes, relationships, governance, ready, this.maxHeapBytes.get() / (1024.0 * 1024), idle,
							this.options.rate(), this.options.warmupSeconds(), this.options.durationSeconds(),
							this.options.saturationSeconds(), this.options.workers(), results, CHART);
				}
				finally {
					stopSampling.set(true);
				}
			}
		}
	}

	private QueryResult measure(CanonicalQuery query, ApiProcess process, ApiClient api, Floor floor)
			throws IOException, InterruptedException {
		String agreement;
		try {
			var apiAnswer = query.apiAnswer().apply(api.data(query.document()));
			var floorAnswer = query.floorAnswer().apply(floor.measured(query.cypher(), query.parameters()));
			agreement = apiAnswer.equals(floorAnswer) ? "agree: " + apiAnswer
					: "DISAGREE: API " + apiAnswer + "; floor " + floorAnswer;
		}
		catch (RuntimeException ex) {
			// An answer that failed (a timeout, most often) is reported, and the query measured all the same.
			agreement = "FAILED: " + firstLine(ex.getMessage());
		}
		log(query.name() + ": " + agreement);
		MachineCpu machineBefore = MachineCpu.now();
		ProcStat apiBefore = process.cpu();
		ProcStat selfBefore = ProcStat.of(ProcessHandle.current().pid());
		var apiResult = measureSide(apiTarget(query, api), process, api, -1);
		log(query.name() + " API: " + summary(apiResult));
		var floorResult = measureSide(floorTarget(query, floor), process, api, query.floorStatements());
		log(query.name() + " floor: " + summary(floorResult));
		long knownTicks = process.cpu().totalTicks() - apiBefore.totalTicks()
				+ ProcStat.of(ProcessHandle.current().pid()).totalTicks() - selfBefore.totalTicks();
		double other = MachineCpu.now().otherPercentSince(machineBefore, knownTicks);
		return new QueryResult(query.name(), query.question(), apiResult, floorResult, agreement, other);
	}

	/** The API's side of a query: its request, built once; good when a 200 without GraphQL errors. */
	private static Target apiTarget(CanonicalQuery query, ApiClient api) {
		var request = api.request(query.document());
		return () -> api.send(request);
	}

	/** The floor's side: its statement in a read transaction, every record read; good unless it throws. */
	private static Target floorTarget(CanonicalQuery query, Floor floor) {
		return () -> {
			floor.measured(query.cypher(), query.parameters());
			return true;
		};
	}

	/**
	 * Every query of both sides in a closed loop for the warm-up time before anything is measured, so the first
	 * query measured does not pay for the JIT compilation of code the others share.
	 */
	private void warmUp(List<CanonicalQuery> queries, ApiClient api, Floor floor) throws InterruptedException {
		if (this.options.warmupSeconds() == 0) {
			return;
		}
		log("warming up: every query, API and floor, " + this.options.warmupSeconds() + " s each");
		for (var query : queries) {
			Phases.closedLoop(apiTarget(query, api), WARM_UP_WORKERS, this.options.warmupSeconds());
			Phases.closedLoop(floorTarget(query, floor), WARM_UP_WORKERS, this.options.warmupSeconds());
		}
	}

	/**
	 * The fixed-rate phase then the closed-loop runs; statements from the API's counter, or (when not negative)
	 * the floor's statements per request by construction.
	 */
	private SideResult measureSide(Target target, ApiProcess process, ApiClient api, int statementsPerRequest)
			throws IOException, InterruptedException {
		var schedule = new Schedule(this.options.rate(), this.options.warmupSeconds(), this.options.durationSeconds());
		ProcStat cpuBefore = process.cpu();
		double statementsBefore = api.statements();
		var open = Phases.openLoop(target, schedule);
		double statements = api.statements() - statementsBefore;
		double cpu = process.cpu().millisSince(cpuBefore, this.clockTicks);
		Phases.ClosedLoop best = null;
		double bestCpu = 0;
		long errors = open.errors();
		for (int workers : this.options.workers()) {
			ProcStat before = process.cpu();
			var closed = Phases.closedLoop(target, workers, this.options.saturationSeconds());
			double closedCpu = process.cpu().millisSince(before, this.clockTicks);
			errors += closed.errors();
			if (best == null || closed.throughput() > best.throughput()) {
				best = closed;
				bestCpu = closedCpu;
			}
		}
		long saturated = best.completed() + best.errors();
		return new SideResult(open.latency(), open.sent(), errors, best.throughput(), best.workers(),
				cpu / open.sent(), saturated > 0 ? bestCpu / saturated : 0,
				statementsPerRequest >= 0 ? statementsPerRequest : statements / open.sent());
	}

	private void sampleHeap(ApiClient api, AtomicBoolean stop) {
		while (!stop.get()) {
			try {
				double heap = PrometheusText.sum(api.prometheus(), "jvm_memory_used_bytes", Map.of("area", "heap"));
				this.maxHeapBytes.accumulateAndGet((long) heap, Math::max);
				Thread.sleep(1000);
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (IOException | RuntimeException ex) {
				// A missed sample; the next one counts.
			}
		}
	}

	private static String summary(SideResult s) {
		return String.format(Locale.ROOT,
				"p50 %s p99 %s p99.9 %s ms, %.1f/s at %d workers, CPU %.2f ms/request, %.2f statements/request, %d errors",
				MarkdownReport.ms(s.latency().p50()), MarkdownReport.ms(s.latency().p99()),
				MarkdownReport.ms(s.latency().p999()), s.throughput(), s.workers(), s.cpuMillisPerRequest(),
				s.statementsPerRequest(), s.errors());
	}

	/** The command that reproduces the run, arguments with spaces quoted. */
	static String command(String... args) {
		var words = new ArrayList<String>(List.of("java", "-jar", "clients/benchmark/target/benchmark-0.1.0-SNAPSHOT.jar"));
		for (String arg : args) {
			words.add(arg.isEmpty() || arg.matches(".*[\\s\"'$`\\\\].*") ? "'" + arg.replace("'", "'\\''") + "'" : arg);
		}
		return String.join(" ", words);
	}

	/** The first line of a message, at most 200 characters. */
	static String firstLine(String message) {
		String line = (message == null) ? "" : message.lines().findFirst().orElse("");
		return (line.length() > 200) ? line.substring(0, 200) + "…" : line;
	}

	private static void log(String message) {
		System.out.println("benchmark: " + message);
	}

}
