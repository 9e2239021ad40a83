package org.govgraph.api.support;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Generated hostile text for property tests: Lucene syntax, unbalanced quotes, control
 * characters, mixed scripts, real words and very long strings. Seeded, so a failing input can
 * be generated again from the seed the test reports.
 */
public final class RandomText {

	public static final String LUCENE = "+-&|!(){}[]^\"~*?:\\/";

	static final List<String> WORDS = List.of("multistakeholder", "\"Tunis Agenda", "role AND (governments", "WSIS*",
			"para. 35", "ITU's", "“quoted”", "NOT", "OR OR OR", "\\", "\"", "*", "?~2", "a:b", "[1 TO 2]", "", "AND",
			"governments", "\u0000", "\t\n");

	private final Random random;

	public RandomText(long seed) {
		this.random = new Random(seed);
	}

	/** An endless stream of generated strings, mixing every kind. */
	public Stream<String> strings() {
		return Stream.generate(this::next);
	}

	public String next() {
		return switch (this.random.nextInt(6)) {
			case 0 -> fromAlphabet(LUCENE + " ANDORNOT", 1 + this.random.nextInt(40));
			case 1 -> controlCharacters(1 + this.random.nextInt(10));
			case 2 -> mixed(this.random.nextInt(200));
			case 3 -> fromAlphabet("ab \"(*:\\", 10_000);
			case 4 -> WORDS.get(this.random.nextInt(WORDS.size())) + " " + WORDS.get(this.random.nextInt(WORDS.size()));
			default -> fromAlphabet(LUCENE + "multistakeholder governments \"'`", this.random.nextInt(60));
		};
	}

	private String fromAlphabet(String alphabet, int length) {
		var text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(alphabet.charAt(this.random.nextInt(alphabet.length())));
		}
		return text.toString();
	}

	private String controlCharacters(int length) {
		var text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append((char) this.random.nextInt(0x20));
		}
		return text.toString();
	}

	/** Code points from ASCII to Latin Extended and beyond, with Lucene syntax mixed in. */
	private String mixed(int length) {
		var text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			int pick = this.random.nextInt(10);
			if (pick < 3) {
				text.append(LUCENE.charAt(this.random.nextInt(LUCENE.length())));
			}
			else if (pick < 9) {
				text.append((char) this.random.nextInt(0x250));
			}
			else {
				text.appendCodePoint(0x1F300 + this.random.nextInt(0x200));
			}
		}
		return text.toString();
	}

}
