package org.govgraph.api.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import graphql.schema.GraphQLSchema;
import graphql.schema.diff.DiffEvent;
import graphql.schema.diff.SchemaDiff;
import graphql.schema.diff.SchemaDiffSet;
import graphql.schema.diff.reporting.CapturingReporter;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/**
 * The schema contract front ends rely on: the SDL checked in at {@code clients/schema/schema.graphql}
 * (what the running app serves at {@code /graphql/schema}), the breaking changes between two
 * versions of it (graphql-java's {@link SchemaDiff}: a removed type or field, an output made
 * nullable, an input or argument made non-null, an argument added without a default, an enum
 * value removed…), and the changelog that must list each breaking change in the commit that makes
 * it ({@code clients/schema/CHANGELOG.md}: a line with {@code BREAKING} and the change's
 * coordinate in backticks, e.g. {@code - BREAKING `Query.instruments`: …}).
 */
final class SchemaContract {

	static final String SCHEMA = "clients/schema/schema.graphql";

	static final String CHANGELOG = "clients/schema/CHANGELOG.md";

	/** A breaking change: where (a coordinate such as {@code Query.events}), and what graphql-java says of it. */
	record Breaking(String coordinate, String category, String reason) {

		static Breaking of(DiffEvent event) {
			var coordinate = event.getFieldName() == null ? event.getTypeName()
					: event.getTypeName() + "." + event.getFieldName();
			return new Breaking(coordinate, event.getCategory().name(), event.getReasonMsg());
		}

		/** Whether a changelog line lists this change. */
		boolean listedIn(String line) {
			return line.contains("BREAKING") && line.contains("`" + this.coordinate + "`");
		}

		@Override
		public String toString() {
			return this.category + " `" + this.coordinate + "`: " + this.reason;
		}
	}

	private SchemaContract() {
	}

	/** The repository's root: the tests run in {@code api/}. */
	static Path root() {
		var here = Path.of("").toAbsolutePath();
		for (var dir = here; dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve(SCHEMA))) {
				return dir;
			}
		}
		throw new IllegalStateException("no " + SCHEMA + " above " + here);
	}

	static String read(String relative) {
		try {
			return Files.readString(root().resolve(relative), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An executable-enough schema from SDL, for validating documents against it. */
	static GraphQLSchema schema(String sdl) {
		return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
	}

	/** The breaking changes from {@code before} to {@code after}. */
	static List<Breaking> breaking(String before, String after) {
		var reporter = new CapturingReporter();
		new SchemaDiff().diffSchema(SchemaDiffSet.diffSetFromSdl(before, after), reporter);
		return reporter.getBreakages().stream().map(Breaking::of).distinct().toList();
	}

	/** The breaking changes of {@code before → after} that none of {@code changelogLines} lists. */
	static List<Breaking> unlisted(String before, String after, List<String> changelogLines) {
		return breaking(before, after).stream()
			.filter(change -> changelogLines.stream().noneMatch(change::listedIn))
			.toList();
	}

	/** Lines a diff adds ({@code +…}, not the {@code +++} header). */
	static List<String> addedLines(String diff) {
		return diff.lines().filter(line -> line.startsWith("+") && !line.startsWith("+++")).map(line -> line.substring(1)).toList();
	}

	/** Runs git in the repository; empty when git is missing or fails (a source tree without history). */
	static Optional<String> git(String... arguments) {
		var command = new ArrayList<String>(List.of("git", "-C", root().toString()));
		command.addAll(List.of(arguments));
		try {
			var process = new ProcessBuilder(command).redirectErrorStream(false).start();
			process.getOutputStream().close();
			var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.getErrorStream().readAllBytes();
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				return Optional.empty();
			}
			return Optional.of(out);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

}
