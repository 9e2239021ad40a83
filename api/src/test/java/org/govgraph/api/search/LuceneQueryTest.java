package org.govgraph.api.search;

import java.util.List;

import org.govgraph.api.support.RandomText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** User text becomes a Lucene query that matches it literally. */
class LuceneQueryTest {

	@Test
	void escapesEverySyntaxCharacterAndRequiresEveryWord() {
		var query = LuceneQuery.parse("Role AND (governments) \"para. 35\" -x");
		assertThat(query.lucene()).isEqualTo("+role +and +\\(governments\\) +\\\"para. +35\\\" +\\-x");
		assertThat(query.terms()).containsExactly("role", "and", "(governments)", "\"para.", "35\"", "-x");
	}

	@Test
	void textWithoutWordsIsNoQuery() {
		assertThat(LuceneQuery.parse("")).isNull();
		assertThat(LuceneQuery.parse(" \t\u0000\u001f\u00a0 ")).isNull();
	}

	@Test
	void usesAtMost32Words() {
		var query = LuceneQuery.parse("w ".repeat(100));
		assertThat(query.terms()).hasSize(32);
	}

	/** For 10,000 generated texts: every syntax character of the output is escaped, and nothing but escapes and plus signs is added. */
	@Test
	void everySyntaxCharacterIsEscaped() {
		new RandomText(7L).strings().limit(10_000).forEach(LuceneQueryTest::escapesEverything);
	}

	private static void escapesEverything(String text) {
		var query = LuceneQuery.parse(text);
		if (query == null) {
			assertThat(text.replaceAll("[\\p{Cntrl}\\p{Z}\\s]", "")).isEmpty();
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
