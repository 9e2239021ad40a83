package org.govgraph.clients.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The command line. */
class BenchmarkOptionsTest {

	@TempDir
	Path directory;

	@Test
	void defaultsAndBothSpellingsOfAnOption() throws IOException {
		Path jar = Files.createFile(this.directory.resolve("api.jar"));
		var options = BenchmarkOptions.parse("--api-jar", jar.toString(), "--rate=30", "--jvm-args", " -XX:+UseZGC  -Xmx1g ",
				"--queries", "search,node");
		assertThat(options.rate()).isEqualTo(30);
		assertThat(options.durationSeconds()).isEqualTo(20);
		assertThat(options.warmupSeconds()).isEqualTo(3);
		assertThat(options.workers()).containsExactly(4, 8);
		assertThat(options.jvmArgs()).containsExactly("-XX:+UseZGC", "-Xmx1g");
		assertThat(options.dataDirectory()).isNull();
		assertThat(options.out()).isEqualTo(Path.of("BENCHMARKS.md"));
		assertThat(options.selectedQueries()).containsExactly("node", "search");
		assertThat(BenchmarkOptions.parse("--api-jar", jar.toString()).selectedQueries())
			.isEqualTo(CanonicalQueries.NAMES).hasSize(10);
	}

	@Test
	void mistakesAreNamed() throws IOException {
		Path jar = Files.createFile(this.directory.resolve("api.jar"));
		assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkOptions.parse("--rate", "5"))
			.withMessage("--api-jar is required");
		assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkOptions.parse("--api-jar", "no/such.jar"))
			.withMessageStartingWith("--api-jar no/such.jar is not a file");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BenchmarkOptions.parse("--api-jar", jar.toString(), "--queries", "node,nodez"))
			.withMessageStartingWith("unknown query 'nodez'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BenchmarkOptions.parse("--api-jar", jar.toString(), "--rate", "fast"))
			.withMessage("--rate must be a whole number, not 'fast'");
		assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkOptions.parse("--api-jar", jar.toString(), "--turbo", "1"))
			.withMessage("unknown option --turbo");
	}

	@Test
	void theReproducingCommandQuotesWhatTheShellWouldSplit() {
		assertThat(Benchmark.command(List.of("--api-jar", "api.jar", "--jvm-args", "-XX:+UseZGC -Xmx1g").toArray(String[]::new)))
			.isEqualTo("java -jar clients/benchmark/target/benchmark-0.1.0-SNAPSHOT.jar --api-jar api.jar --jvm-args '-XX:+UseZGC -Xmx1g'");
	}

	@Test
	void theMachineIsReadFromProc() {
		assertThat(Machine.cpuModel("processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Xeon(R) Processor\n"))
			.isEqualTo("Intel(R) Xeon(R) Processor");
		assertThat(Machine.memTotalBytes("MemTotal:       24645892 kB\nMemFree:        24000000 kB\n"))
			.isEqualTo(24_645_892L * 1024);
	}

}
