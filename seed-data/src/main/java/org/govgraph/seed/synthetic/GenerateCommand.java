package org.govgraph.seed.synthetic;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import org.govgraph.model.embedded.EmbeddedNeo4j;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * {@code generate --size M [--seed 42] [--data-directory DIR] [--page-cache 1g]}: loads a
 * synthetic graph into the embedded Neo4j's data directory (the application's
 * {@code govgraph.embedded-neo4j.data-directory}, {@code data/neo4j} by default), with a progress
 * bar on standard error and a summary line on standard output. Exit status 0 when loaded, 1 when
 * the load failed, 2 on a usage error.
 */
public final class GenerateCommand {

	/** The first argument that runs this command instead of the application. */
	public static final String NAME = "generate";

	static final String USAGE = "usage: generate --size S|XS|M|L [--seed 42] [--data-directory data/neo4j] [--page-cache 1g]";

	private GenerateCommand() {
	}

	/** Options, parsed. */
	record Options(GraphSize size, long seed, Path dataDirectory, long pageCache) {

		static Options parse(String... args) {
			GraphSize size = null;
			long seed = 42;
			var directory = Path.of("data/neo4j");
			long pageCache = 1L << 30;
			for (int i = 0; i < args.length; i++) {
				var arg = args[i];
				String name = arg;
				String value = null;
				if (arg.startsWith("--") && arg.contains("=")) {
					name = arg.substring(0, arg.indexOf('='));
					value = arg.substring(arg.indexOf('=') + 1);
				}
				else if (i + 1 < args.length) {
					value = args[i + 1];
					i++;
				}
				if (value == null) {
					throw new IllegalArgumentException(name + " needs a value");
				}
				switch (name) {
					case "--size" -> size = size(value);
					case "--seed" -> seed = Long.parseLong(value);
					case "--data-directory", "--govgraph.embedded-neo4j.data-directory" -> directory = Path.of(value);
					case "--page-cache" -> pageCache = bytes(value);
					default -> throw new IllegalArgumentException("unknown option " + name);
				}
			}
			if (size == null) {
				throw new IllegalArgumentException("--size is required");
			}
			return new Options(size, seed, directory, pageCache);
		}

		private static GraphSize size(String name) {
			return GraphSize.of(name).orElseThrow(() -> new IllegalArgumentException("unknown size " + name));
		}

		private static long bytes(String text) {
			var lower = text.toLowerCase(Locale.ROOT);
			long unit = lower.endsWith("g") ? 1L << 30 : lower.endsWith("m") ? 1L << 20 : 1;
			return Long.parseLong(unit == 1 ? lower : lower.substring(0, lower.length() - 1)) * unit;
		}

	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException ex) {
			err.println("generate: " + ex.getMessage());
			err.println(USAGE);
			return 2;
		}
		var bar = new ProgressBar(err);
		try (var server = EmbeddedNeo4j.start(options.dataDirectory().toAbsolutePath().normalize(), "127.0.0.1", 0,
				options.pageCache());
				var driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none(),
						Config.builder().withLogging(Logging.none()).build())) {
			var result = new SyntheticLoader(driver).load(options.size(), options.seed(), bar::show);
			bar.done();
			out.printf(Locale.ROOT, "size %s, seed %d: %,d nodes (%,d of them Support), %,d relationships in %s; %d chunks loaded in %.1f s%n",
					result.size(), result.seed(), result.nodesInGraph(), result.supportNodes(), result.relationshipsInGraph(),
					options.dataDirectory(), result.chunksLoaded(), result.elapsed().toMillis() / 1000.0);
			return 0;
		}
		catch (RuntimeException ex) {
			bar.done();
			err.println("generate: " + ex.getMessage());
			return 1;
		}
	}

	/** A one-line progress bar, redrawn in place. */
	static final class ProgressBar {

		private final PrintStream err;

		private boolean shown;

		ProgressBar(PrintStream err) {
			this.err = err;
		}

		void show(SyntheticLoader.Progress progress) {
			int width = 30;
			int filled = (int) ((long) width * progress.chunk() / Math.max(1, progress.chunks()));
			this.err.printf(Locale.ROOT, "\r[%s%s] %d/%d chunks, %,d nodes, %,d relationships, %,d supports, %ds",
					"#".repeat(filled), ".".repeat(width - filled), progress.chunk(), progress.chunks(), progress.nodes(),
					progress.relationships(), progress.supports(), progress.elapsed().toSeconds());
			this.shown = true;
		}

		void done() {
			if (this.shown) {
				this.err.println();
				this.shown = false;
			}
		}

	}

}
