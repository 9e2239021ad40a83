package org.govgraph.clients.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole benchmark, briefly, against the packaged API jar of this checkout (system property
 * {@code benchmark.api-jar}, set by the POM): two queries (one nested three levels deep), 20 requests/s, a second or two per phase.
 */
class BenchmarkIT {

	static final Pattern THROUGHPUT_ROW = Pattern.compile(
			"^\\| (\\S+) \\| ([0-9.]+) \\((\\d+) workers\\) \\| ([0-9.]+) \\((\\d+) workers\\) \\|(.*)\\|$");

	@Test
	@Timeout(180)
	void aShortRunReportsEveryQueryAskedWithThroughputAndStatements() throws IOException {
		Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
		String apiJar = System.getProperty("benchmark.api-jar", "../../api/target/api-0.1.0-SNAPSHOT.jar");
		assertThat(Path.of(apiJar)).as("the packaged API (mvn package -pl api -am)").isRegularFile();
		Path out = Path.of("target/it/BENCHMARKS.md");
		Files.deleteIfExists(out);
		Files.deleteIfExists(out.resolveSibling("benchmarks-latency.png"));

		int status = Benchmark.run("--api-jar", apiJar, "--rate", "20", "--warmup", "1", "--duration", "2",
				"--saturation", "1", "--workers", "4", "--queries", "node,nested", "--out", out.toString());

		assertThat(status).isZero();
		String markdown = Files.readString(out);
		List<String[]> rows = markdown.lines()
			.map(THROUGHPUT_ROW::matcher)
			.filter(Matcher::matches)
			.map((m) -> new String[] { m.group(1), m.group(2), m.group(3), m.group(4), m.group(6) })
			.toList();
		assertThat(rows).extracting((r) -> r[0]).containsExactly("node", "nested");
		for (String[] row : rows) {
			assertThat(Double.parseDouble(row[1])).as(row[0] + " API requests/s").isPositive();
			assertThat(row[2]).isEqualTo("4");
			assertThat(Double.parseDouble(row[3])).as(row[0] + " floor requests/s").isPositive();
			// The last two columns: API statements/request, floor statements/request.
			String[] cells = Arrays.stream(row[4].split("\\|")).map(String::trim).toArray(String[]::new);
			assertThat(Double.parseDouble(cells[cells.length - 2])).as(row[0] + " API statements/request")
				.isGreaterThanOrEqualTo(1.0);
			assertThat(cells[cells.length - 1]).isEqualTo("1.00");
		}
		assertThat(markdown).contains("| node | API | ", "| node | floor | ", "| nested | API | ")
			.contains("| nested | `fora(first: 20)` → `events(first: 10)` → `topics` | agree: ")
			.doesNotContain("DISAGREE");
		byte[] png = Files.readAllBytes(out.resolveSibling("benchmarks-latency.png"));
		assertThat(Arrays.copyOf(png, 4)).containsExactly(0x89, 'P', 'N', 'G');
	}

}
