package org.govgraph.seed.synthetic;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generate command's options and usage errors (exit 2); loading itself is {@link SyntheticLoadIT}'s. */
class GenerateCommandTest {

	@Test
	void optionsTakeBothSpellings() {
		var options = GenerateCommand.Options.parse("--size", "m", "--seed=7", "--data-directory", "/tmp/m/data/neo4j",
				"--page-cache=256m");
		assertThat(options).isEqualTo(new GenerateCommand.Options(GraphSize.M, 7, Path.of("/tmp/m/data/neo4j"), 256L << 20));
		assertThat(GenerateCommand.Options.parse("--size=L", "--govgraph.embedded-neo4j.data-directory=d", "--page-cache", "2g"))
			.isEqualTo(new GenerateCommand.Options(GraphSize.L, 42, Path.of("d"), 2L << 30));
	}

	@Test
	void usageErrorsExitWith2AndSayWhat() {
		assertThat(run("--size", "Q")).isEqualTo("2|generate: unknown size Q\n" + GenerateCommand.USAGE + "\n");
		assertThat(run("--seed", "1")).isEqualTo("2|generate: --size is required\n" + GenerateCommand.USAGE + "\n");
		assertThat(run("--size", "M", "--colour", "red")).isEqualTo("2|generate: unknown option --colour\n" + GenerateCommand.USAGE + "\n");
		assertThat(run("--size")).isEqualTo("2|generate: --size needs a value\n" + GenerateCommand.USAGE + "\n");
	}

	private static String run(String... args) {
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		int status = GenerateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
		return status + "|" + err.toString(StandardCharsets.UTF_8);
	}

}
