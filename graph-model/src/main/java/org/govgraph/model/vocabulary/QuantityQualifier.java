package org.govgraph.model.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a source qualifies a number it gives ("some 900", "over 50", "up to 10"). A qualified
 * quantity {@code p} is stored as {@code p} (the number), {@code pQualifier} and
 * {@code pAsWritten} (the source's words).
 */
public enum QuantityQualifier {

	APPROXIMATE("some", "about", "around", "approximately", "nearly", "roughly"),

	AT_LEAST("over", "more than", "at least"),

	AT_MOST("up to", "at most", "fewer than");

	/** The suffix of the property holding a quantity's qualifier. */
	public static final String QUALIFIER_SUFFIX = "Qualifier";

	/** The suffix of the property holding a quantity's words as written. */
	public static final String AS_WRITTEN_SUFFIX = "AsWritten";

	private final List<String> words;

	QuantityQualifier(String... words) {
		this.words = List.of(words);
	}

	/** The words that, before a number, mean this qualifier. */
	public List<String> words() {
		return this.words;
	}

	/** The qualifier that the words immediately before {@code number} in {@code text} express, if any. */
	public static Optional<Match> find(String text, long number) {
		for (QuantityQualifier qualifier : values()) {
			for (String word : qualifier.words) {
				var matcher = Pattern
					.compile("(?i)\\b" + Pattern.quote(word).replace(" ", "\\E\\s+\\Q") + "\\s+" + number + "(?![\\d.,]\\d)\\b")
					.matcher(text);
				if (matcher.find()) {
					return Optional.of(new Match(qualifier, matcher.group()));
				}
			}
		}
		return Optional.empty();
	}

	public static Optional<QuantityQualifier> of(String name) {
		return Arrays.stream(values()).filter((q) -> q.name().equals(name)).findFirst();
	}

	/** A qualifier found in a text, with the words as written there. */
	public record Match(QuantityQualifier qualifier, String asWritten) {
	}

}
