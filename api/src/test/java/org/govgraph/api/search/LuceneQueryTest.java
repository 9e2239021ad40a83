package org.govgraph.api.search;

import java.util.List;

import org.govgraph.api.graph.ApiException;
import org.govgraph.api.support.RandomText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** User text becomes a Lucene query that matches it literally, counted in words as the index counts them. */
class LuceneQueryTest {

	@Test
	void splitsAsTheIndexDoesAndRequiresEveryWord() {
		var query = LuceneQuery.parse("Role AND (governments) \"para. 35\" -x ITU's", "query");
		assertThat(query.lucene()).isEqualTo("+role +and +governments +para +35 +x +itu's");
		assertThat(query.terms()).containsExactly("role", "and", "governments", "para", "35", "x", "itu's");
	}

	@Test
	void textWithoutWordsIsNoQuery() {
		assertThat(LuceneQuery.parse("", "query")).isNull();
		assertThat(LuceneQuery.parse(" \t\u0000\u001f\u00a0 ", "query")).isNull();
		assertThat(LuceneQuery.parse("()[]{}-+:", "query")).isNull();
	}

	@Test
	void cjkCharactersAndPunctuationSeparatedLettersAreWordsEach() {
		assertThat(LuceneQuery.words("互联网治理")).containsExactly("互", "联", "网", "治", "理");
		assertThat(LuceneQuery.words("a,b,c")).containsExactly("a", "b", "c");
	}

	@Test
	void exactly32WordsAreAccepted() {
		assertThat(LuceneQuery.parse("w ".repeat(32), "query").terms()).hasSize(32);
		assertThat(LuceneQuery.parse("a,".repeat(31) + "a", "query").terms()).hasSize(32);
	}

	/** Each of these was one space-separated word but 1,025 analyzer tokens: the index failed with an internal error. */
	@Test
	void moreThan32WordsAsTheIndexCountsThemIsABadRequest() {
		for (String text : List.of("w ".repeat(33), "a,".repeat(1024) + "a", "😀".repeat(1025), "网".repeat(1025))) {
			assertThatThrownBy(() -> LuceneQuery.parse(text, "filter.text")).isInstanceOf(ApiException.class)
				.hasMessageStartingWith("'filter.text' has more than 32 words as the search index counts them")
				.satisfies((ex) -> assertThat(((ApiException) ex).argument()).isEqualTo("filter.text"));
		}
	}

	/** For 10,000 generated texts: a query or a typed refusal; every syntax character of a query is escaped. */
	@Test
	void everySyntaxCharacterIsEscaped() {
		new RandomText(7L).strings().limit(10_000).forEach(LuceneQueryTest::escapesEverything);
	}

	private static void escapesEverything(String text) {
		LuceneQuery query;
		try {
			query = LuceneQuery.parse(text, "query");
		}
		catch (ApiException ex) {
			assertThat(LuceneQuery.words(text)).hasSizeGreaterThan(LuceneQuery.MAX_TERMS);
			return;
		}
		if (query == null) {
			assertThat(LuceneQuery.words(text)).isEmpty();
			return;
		}
		String lucene = query.lucene();
		for (int i = 0; i < lucene.length(); i++) {
			char c = lucene.charAt(i);
			if (c == '\\') {
				assertThat("+-&|!(){}[]^\"~*?:\\/").contains(String.valueOf(lucene.charAt(i + 1)));
				i++;
			}
			else if (c == '+') {
				assertThat(i == 0 || lucene.charAt(i - 1) == ' ').as("an unescaped + only marks a required word").isTrue();
			}
			else {
				assertThat("-&|!(){}[]^\"~*?:/").doesNotContain(String.valueOf(c));
			}
		}
		assertThat(query.terms()).hasSizeLessThanOrEqualTo(LuceneQuery.MAX_TERMS).doesNotContain("");
		assertThat(List.of(lucene.split(" "))).allSatisfy((term) -> assertThat(term).startsWith("+"));
	}

}
