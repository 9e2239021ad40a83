package org.govgraph.model.vocabulary;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The rules a fact must keep to be written, in the words a writer is told when it breaks one.
 * The dataset reader and the curation mutations both call these, so a value refused in a
 * dataset file is refused through the API in the same words (the reader adds the file and line,
 * the API the input field).
 */
public final class FactRules {

	/** The prefix of a curated fact's key. */
	public static final String CURATED_PREFIX = "curated/";

	private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

	private static final Pattern LOCAL_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

	/** A broken rule, with its message. */
	public static final class Violation extends RuntimeException {

		private static final long serialVersionUID = 1L;

		public Violation(String message) {
			super(message, null, false, false);
		}

	}

	private FactRules() {
	}

	// ------------------------------------------------------------------ properties and kinds

	public static String unknownProperty(String name, String owner, Collection<String> allowed) {
		return "property '" + name + "' is not part of " + owner + "; allowed: " + sorted(allowed);
	}

	public static String missingKind(NodeLabel label, Object key) {
		return label.label() + " " + key + " has no 'kind'; expected one of " + sorted(Enumerations.kindsOf(label));
	}

	public static String unknownKind(NodeLabel label, Object kind) {
		return "unknown " + label.label() + " kind '" + kind + "'; expected one of " + sorted(Enumerations.kindsOf(label));
	}

	public static String duplicateKey(String key) {
		return "duplicate key " + key;
	}

	public static String notANumber(String name, Object value) {
		return "'" + name + "' must be a whole number, not '" + value + "'";
	}

	public static String notABoolean(String name, Object value) {
		return "'" + name + "' must be true or false, not '" + value + "'";
	}

	// ------------------------------------------------------------------ dates and times

	/** The precision of a partial date: YEAR, MONTH or DAY. */
	public static String partialDatePrecision(String text) {
		if (!PARTIAL_DATE.matcher(text).matches()) {
			throw new Violation("a date must be YYYY, YYYY-MM or YYYY-MM-DD, not '" + text + "'");
		}
		try {
			return switch (text.length()) {
				case 4 -> "YEAR";
				case 7 -> {
					YearMonth.parse(text);
					yield "MONTH";
				}
				default -> {
					LocalDate.parse(text);
					yield "DAY";
				}
			};
		}
		catch (DateTimeException ex) {
			throw new Violation("not a calendar date: '" + text + "'");
		}
	}

	/** The precision of an event's start or end: MINUTE for a local date-time, else that of a partial date. */
	public static String eventTimePrecision(String text, Object timeZone) {
		if (LOCAL_DATE_TIME.matcher(text).matches()) {
			try {
				LocalDateTime.parse(text);
			}
			catch (DateTimeException ex) {
				throw new Violation("not a date-time: '" + text + "'");
			}
			if (timeZone == null) {
				throw new Violation("a date-time needs a 'timeZone'");
			}
			return "MINUTE";
		}
		return partialDatePrecision(text);
	}

	public static void timeZone(Object zone) {
		try {
			ZoneId.of(zone.toString());
		}
		catch (DateTimeException ex) {
			throw new Violation("not an IANA time zone: " + zone);
		}
	}

	/** An event does not end before it starts (both as written: partial dates and date-times sort as text). */
	public static void eventOrder(Object start, Object end) {
		if (start != null && end != null && start.toString().compareTo(end.toString()) > 0) {
			throw new Violation("the event ends (" + end + ") before it starts (" + start + ")");
		}
	}

	// ------------------------------------------------------------------ paragraphs

	public static String paragraphKey(Object instrument, Object eId) {
		return instrument + "#" + eId;
	}

	public static String wrongParagraphKey(String expected) {
		return "a paragraph's key must be <instrument>#<eId>: expected " + expected;
	}

	public static String unknownInstrument(String paragraph, String instrument) {
		return "paragraph " + paragraph + " names an unknown instrument " + instrument;
	}

	public static String unknownParent(String paragraph, String parent, String instrument) {
		return "paragraph " + paragraph + " names an unknown parent " + parent + " in " + instrument;
	}

	public static String sourceDocumentParagraph() {
		return "a paragraph of a source document is the source: it takes no provenance list";
	}

	// ------------------------------------------------------------------ provenance

	public static String noProvenance(String label, String key) {
		return label + " " + key + " has no provenance";
	}

	public static String unsupported(String key, String property) {
		return key + "." + property + " has no provenance entry that supports it";
	}

	public static String supportsUnknown(String key, String property, boolean identifying) {
		return "supports '" + property + "', which " + key
				+ (identifying ? " identifies it by: it needs no support" : " does not have");
	}

	public static String nodeEntryNeedsSupports() {
		return "a node's provenance entry needs 'supports': the properties it supports, e.g. [name, start]";
	}

	public static String relationshipEntryTakesNoSupports() {
		return "a relationship's entry supports the relationship and its properties: it takes no 'supports'";
	}

	public static String derivedHas(String field) {
		return "a DERIVED entry (with 'rule' and 'derivedFrom') has no '" + field + "': it is not quoted or curated";
	}

	public static String derivedNeedsRule() {
		return "a DERIVED entry needs a 'rule': how the value follows, in words";
	}

	public static String derivedNeedsDerivedFrom() {
		return "a DERIVED entry needs 'derivedFrom': the facts it is derived from (a property, <key>.<property>, a key or curated/…)";
	}

	public static String unresolvedDerivation(String ref, String subjectKey) {
		return "derivedFrom '" + ref + "' does not resolve: expected "
				+ ((subjectKey != null) ? "a property of " + subjectKey + ", " : "")
				+ "a node key, <key>.<property> or a curated source";
	}

	public static String unknownCuratedDerivation(String ref) {
		return "derivedFrom " + ref + ": unknown curated source";
	}

	public static String curatedIsNotQuoted(String source) {
		return "a curated fact (" + source + ") is cited without locator or quote: it is not quoted";
	}

	public static String unknownCuratedSource(String source) {
		return "unknown curated source " + source;
	}

	public static String curatedSourceId(String id) {
		return "a curated source's id must start with '" + CURATED_PREFIX + "': " + id;
	}

	public static String required(String field) {
		return "'" + field + "' is required";
	}

	public static String unknownSource(String source) {
		return "unknown source " + source + ": cite a source document or a curated fact (" + CURATED_PREFIX + "…)";
	}

	public static String locatorNotAParagraph(String locator, String source) {
		return "locator " + locator + " is not a paragraph of " + source;
	}

	public static String quoteNotInSource(String quote, String source, String locator) {
		return "the quote \"" + quote + "\" is not in " + source + " " + locator;
	}

	/** A quote must occur in the text of the paragraph it names. */
	public static void quoteIn(String quote, Object paragraphText, String source, String locator) {
		if (paragraphText == null || !paragraphText.toString().contains(quote)) {
			throw new Violation(quoteNotInSource(quote, source, locator));
		}
	}

	// ------------------------------------------------------------------ quantities

	public static String notWrittenAs(String asWritten, long value, QuantityQualifier qualifier) {
		return "\"" + asWritten + "\" does not write " + value + " as " + qualifier + " ("
				+ String.join(", ", qualifier.words()) + " " + value + ")";
	}

	public static String bareNumber(String key, String property, long number, String source,
			QuantityQualifier.Match match) {
		return key + "." + property + " is the bare number " + number + " where " + source + " writes \""
				+ match.asWritten() + "\": write {value: " + number + ", qualifier: " + match.qualifier() + ", asWritten: \""
				+ match.asWritten() + "\"}";
	}

	public static String notInWords(String key, String property, String asWritten) {
		return key + "." + property + ": \"" + asWritten + "\" is not in the words of any entry that supports it";
	}

	public static String unknownQualifier(String name) {
		return "unknown qualifier '" + name + "'; expected one of "
				+ Arrays.stream(QuantityQualifier.values()).map(Enum::name).toList();
	}

	// ------------------------------------------------------------------ relationships

	public static String unknownEndpoint(RelationshipType type, String end, String key) {
		return type + " " + end + " an unknown node: " + key;
	}

	public static String wrongEndpoint(RelationshipType type, String end, NodeLabel label, String key) {
		return type + " cannot go " + end + " a " + label.label() + " (" + key + "); it connects "
				+ ("from".equals(end) ? type.from() : type.to()).stream().map(NodeLabel::label).sorted().toList();
	}

	public static String duplicateRelationship(RelationshipType type, String from, String to) {
		return "duplicate relationship " + type + " from " + from + " to " + to;
	}

	private static java.util.List<String> sorted(Collection<String> values) {
		return values.stream().sorted().toList();
	}

}
