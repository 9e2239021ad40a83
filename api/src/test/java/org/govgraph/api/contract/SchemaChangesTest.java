package org.govgraph.api.contract;

import java.util.ArrayList;
import java.util.List;

import org.govgraph.api.contract.SchemaContract.Breaking;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * CI fails on a breaking change to the checked-in schema that the changelog does not list in the
 * same commit. Each commit that changed {@code clients/schema/schema.graphql} (first parents, so a
 * merge counts as one change) is compared with its parent, and so are the uncommitted changes
 * with {@code HEAD}; the lines that commit adds to {@code clients/schema/CHANGELOG.md} must list
 * every breaking change it makes.
 */
class SchemaChangesTest {

	private static final String BEFORE = """
			type Query {
			  instrument(key: String!): Instrument
			  instruments(first: Int, after: String): [Instrument!]!
			  search(text: String!): [Instrument!]!
			}
			type Instrument { key: String! title: String! adopted: String kind: Kind! }
			enum Kind { DECLARATION AGENDA RESOLUTION }
			type Mutation { create(input: CreateInput!): Instrument }
			input CreateInput { key: String! title: String comment: String }
			""";

	@Test
	void additionsAreNotBreaking() {
		var after = BEFORE.replace("adopted: String", "adopted: String forum: String")
			.replace("search(text: String!)", "search(text: String!, first: Int = 20)")
			.replace("RESOLUTION }", "RESOLUTION OPINION }")
			.replace("comment: String }", "comment: String tags: [String!] }");
		assertThat(SchemaContract.breaking(BEFORE, after)).isEmpty();
	}

	@Test
	void aRemovedFieldIsBreaking() {
		var after = BEFORE.replace(" adopted: String", "");
		assertThat(coordinates(SchemaContract.breaking(BEFORE, after))).containsExactly("Instrument.adopted");
	}

	@Test
	void aRemovedTypeIsBreaking() {
		var after = BEFORE.replace("  search(text: String!): [Instrument!]!\n", "")
			.replace("type Mutation { create(input: CreateInput!): Instrument }\n", "")
			.replace("input CreateInput { key: String! title: String comment: String }\n", "");
		assertThat(coordinates(SchemaContract.breaking(BEFORE, after))).contains("Query.search", "Mutation");
	}

	@Test
	void anOutputMadeNullableIsBreaking() {
		var after = BEFORE.replace("title: String! adopted", "title: String adopted");
		assertThat(coordinates(SchemaContract.breaking(BEFORE, after))).containsExactly("Instrument.title");
	}

	@Test
	void anInputFieldMadeNonNullIsBreaking() {
		var after = BEFORE.replace("key: String! title: String comment", "key: String! title: String! comment");
		assertThat(coordinates(SchemaContract.breaking(BEFORE, after))).containsExactly("CreateInput.title");
	}

	@Test
	void aRequiredArgumentWithoutDefaultIsBreaking() {
		var after = BEFORE.replace("search(text: String!)", "search(text: String!, forum: String!)");
		assertThat(coordinates(SchemaContract.breaking(BEFORE, after))).containsExactly("Query.search");
	}

	@Test
	void aRemovedEnumValueIsBreaking() {
		var after = BEFORE.replace(" RESOLUTION }", " }");
		assertThat(coordinates(SchemaContract.breaking(BEFORE, after))).containsExactly("Kind");
	}

	@Test
	void aChangelogLineListsABreakingChangeByItsCoordinate() {
		var after = BEFORE.replace(" adopted: String", "");
		assertThat(SchemaContract.unlisted(BEFORE, after, List.of("- BREAKING `Instrument.adopted`: removed, use `adoption`"))).isEmpty();
		assertThat(SchemaContract.unlisted(BEFORE, after, List.of("- `Instrument.adopted` removed"))).hasSize(1);
		assertThat(SchemaContract.unlisted(BEFORE, after, List.of("- BREAKING `Instrument.title` made nullable"))).hasSize(1);
	}

	@Test
	void everyBreakingChangeInTheHistoryIsInTheChangelogOfItsCommit() {
		var log = SchemaContract.git("log", "--first-parent", "--format=%H", "--", SchemaContract.SCHEMA);
		assumeTrue(log.isPresent(), "no git history here: the schema's breaking changes are checked where there is one");
		var problems = new ArrayList<String>();
		for (var commit : log.get().lines().toList()) {
			var before = SchemaContract.git("show", commit + "^:" + SchemaContract.SCHEMA);
			if (before.isEmpty()) {
				continue; // the commit that added the schema, or a shallow clone's first commit
			}
			var after = SchemaContract.git("show", commit + ":" + SchemaContract.SCHEMA).orElseThrow();
			var changelog = SchemaContract.addedLines(
					SchemaContract.git("diff", commit + "^", commit, "--", SchemaContract.CHANGELOG).orElse(""));
			SchemaContract.unlisted(before.get(), after, changelog)
				.forEach(change -> problems.add("commit " + commit.substring(0, 10) + ": " + change));
		}
		var committed = SchemaContract.git("show", "HEAD:" + SchemaContract.SCHEMA);
		if (committed.isPresent()) {
			var changelog = SchemaContract.addedLines(SchemaContract.git("diff", "HEAD", "--", SchemaContract.CHANGELOG).orElse(""));
			SchemaContract.unlisted(committed.get(), SchemaContract.read(SchemaContract.SCHEMA), changelog)
				.forEach(change -> problems.add("uncommitted: " + change));
		}
		assertThat(problems)
			.as("breaking schema changes must be listed in %s in the same commit (a line with BREAKING and the coordinate in backticks)",
					SchemaContract.CHANGELOG)
			.isEmpty();
	}

	private static List<String> coordinates(List<Breaking> changes) {
		return changes.stream().map(Breaking::coordinate).distinct().toList();
	}

}
