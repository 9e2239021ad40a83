package org.govgraph.api.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Content;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import org.govgraph.model.calendar.CalendarImport;
import org.govgraph.model.vocabulary.FactRules;

/**
 * Reads an iCalendar file (RFC 5545) with ical4j into the events an import writes, or into the
 * reasons it cannot be, each naming its line. Times keep the vocabulary's forms: a date, or a
 * local date-time to the minute with its IANA time zone. A {@code TZID} that is not an IANA name
 * (Outlook's "W. Europe Standard Time", say) is matched, through the file's own
 * {@code VTIMEZONE}, to the IANA zone with the same UTC offsets across the event's years. An
 * all-day event's {@code DTEND} is exclusive in iCalendar and the vocabulary's {@code end} is the
 * last day, so one day is taken off.
 */
final class IcsReader {

	/** What reading a file gave: its events, or why it is refused. */
	record Read(List<CalendarImport.Event> events, List<String> errors) {
	}

	private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter BASIC_DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);

	private static final Pattern BEGIN_VEVENT = Pattern.compile("(?m)^BEGIN:VEVENT\\s*$");

	private static final int MAX_ERRORS = 20;

	private final int maxEvents;

	IcsReader(int maxEvents) {
		this.maxEvents = maxEvents;
	}

	Read read(String ics) {
		net.fortuna.ical4j.model.Calendar calendar;
		var builder = new CalendarBuilder();
		try {
			calendar = builder.build(new StringReader(ics));
		}
		catch (ParserException ex) {
			return refused("line " + ex.getLineNo() + ": " + reason(ex));
		}
		catch (IOException | RuntimeException ex) {
			return refused("not an iCalendar file: " + ex.getMessage());
		}
		List<net.fortuna.ical4j.model.component.CalendarComponent> components = calendar.getComponents(Component.VEVENT);
		if (components.size() > this.maxEvents) {
			return refused("the file holds " + components.size() + " events; at most " + this.maxEvents + " are imported at once");
		}
		var lines = veventLines(ics);
		var events = new ArrayList<CalendarImport.Event>();
		var errors = new ArrayList<String>();
		for (int i = 0; i < components.size() && errors.size() < MAX_ERRORS; i++) {
			int line = (i < lines.size()) ? lines.get(i) : 0;
			try {
				events.add(event(components.get(i), builder.getRegistry(), line));
			}
			catch (FactRules.Violation | IllegalArgumentException ex) {
				errors.add("line " + line + ": " + ex.getMessage());
			}
		}
		var seen = new java.util.HashSet<String>();
		for (var event : events) {
			if (!seen.add(event.uid() + "|" + event.recurrenceId())) {
				errors.add("line " + event.line() + ": the UID " + event.uid() + " is given twice"
						+ ((event.recurrenceId() != null) ? " for the occurrence " + event.recurrenceId() : ""));
			}
		}
		return errors.isEmpty() ? new Read(events, List.of()) : new Read(List.of(), errors);
	}

	private static Read refused(String error) {
		return new Read(List.of(), List.of(error));
	}

	private static String reason(ParserException ex) {
		var message = String.valueOf(ex.getMessage()).replaceFirst("^Error at line \\d+:\\s*", "");
		var cause = (ex.getCause() != null) ? ex.getCause().getMessage() : null;
		return (cause != null && !message.contains(cause)) ? message + " (" + cause + ")" : message;
	}

	/** The line of each {@code BEGIN:VEVENT}, in order: ical4j's components come in the same order. */
	private static List<Integer> veventLines(String ics) {
		var result = new ArrayList<Integer>();
		var matcher = BEGIN_VEVENT.matcher(ics);
		while (matcher.find()) {
			result.add((int) ics.substring(0, matcher.start()).chars().filter((c) -> c == '\n').count() + 1);
		}
		return result;
	}

	private static CalendarImport.Event event(Component vevent, TimeZoneRegistry registry, int line) {
		var uid = text(vevent, Property.UID).orElseThrow(() -> new IllegalArgumentException("a VEVENT needs a UID"));
		var name = text(vevent, Property.SUMMARY)
			.orElseThrow(() -> new IllegalArgumentException("the VEVENT " + uid + " needs a SUMMARY (its name)"));
		Property dtStart = vevent.<Property>getProperty(Property.DTSTART)
			.orElseThrow(() -> new IllegalArgumentException("the VEVENT " + uid + " needs a DTSTART"));
		var start = time(dtStart, registry, null);
		String end = null;
		var dtEnd = vevent.<Property>getProperty(Property.DTEND);
		var duration = vevent.<Property>getProperty(Property.DURATION);
		if (dtEnd.isPresent()) {
			var value = time(dtEnd.get(), registry, start.zone());
			end = (value.date() != null) ? value.date().minusDays(1).toString() : value.text();
		}
		else if (duration.isPresent()) {
			end = plus(start, duration.get().getValue());
		}
		if (end != null && end.equals(start.text())) {
			end = null;
		}
		String zone = (start.zone() != null) ? start.zone().getId() : null;
		FactRules.eventTimePrecision(start.text(), zone);
		if (end != null) {
			FactRules.eventTimePrecision(end, zone);
		}
		FactRules.eventOrder(start.text(), end);
		var status = text(vevent, Property.STATUS).orElse("");
		var rrule = text(vevent, Property.RRULE).orElse(null);
		var rdates = occurrences(vevent, Property.RDATE, registry, start.zone());
		var exdates = occurrences(vevent, Property.EXDATE, registry, start.zone());
		String recurrenceId = vevent.<Property>getProperty(Property.RECURRENCE_ID)
			.map((p) -> time(p, registry, start.zone()).text())
			.orElse(null);
		return new CalendarImport.Event(uid, name, start.text(), end, zone, text(vevent, Property.LOCATION).orElse(null),
				text(vevent, Property.DESCRIPTION).orElse(null), text(vevent, Property.URL).orElse(null),
				"CANCELLED".equalsIgnoreCase(status), rrule, rdates, exdates, recurrenceId, line);
	}

	private static Optional<String> text(Component component, String name) {
		return component.<Property>getProperty(name).map(Content::getValue).map(String::strip).filter((v) -> !v.isEmpty());
	}

	/**
	 * A time as the vocabulary keeps it: a date, or a local date-time to the minute with its zone.
	 *
	 * @param date the day, for a date
	 * @param zone the IANA zone, for a date-time
	 */
	private record Time(String text, LocalDate date, ZoneId zone) {
	}

	/** A DTSTART, DTEND, RECURRENCE-ID, RDATE or EXDATE value, local to {@code eventZone} when it is given in another. */
	private static Time time(Property property, TimeZoneRegistry registry, ZoneId eventZone) {
		return time(property.getValue(), property.getParameter("TZID").map(Content::getValue).orElse(null),
				property.getParameter("VALUE").map(Content::getValue).orElse(null), registry, eventZone, property.getName());
	}

	private static Time time(String value, String tzid, String valueType, TimeZoneRegistry registry, ZoneId eventZone,
			String name) {
		try {
			if ("DATE".equalsIgnoreCase(valueType) || value.length() == 8) {
				var date = LocalDate.parse(value, BASIC_DATE);
				return new Time(date.toString(), date, null);
			}
			boolean utc = value.endsWith("Z");
			var local = LocalDateTime.parse(utc ? value.substring(0, value.length() - 1) : value, BASIC_DATE_TIME);
			if (local.getSecond() != 0) {
				throw new IllegalArgumentException(name + " " + value + " has seconds: times are kept to the minute");
			}
			ZoneId zone;
			if (utc) {
				zone = ZoneOffset.UTC;
			}
			else if (tzid != null) {
				zone = zone(tzid, registry, local);
			}
			else if (eventZone != null) {
				zone = eventZone;
			}
			else {
				throw new IllegalArgumentException(name + " " + value + ": a date-time needs a 'timeZone' (a TZID or UTC)");
			}
			if (eventZone != null && !eventZone.equals(zone)) {
				local = local.atZone(zone).withZoneSameInstant(eventZone).toLocalDateTime();
				zone = eventZone;
			}
			if (zone.equals(ZoneOffset.UTC)) {
				zone = ZoneId.of("UTC");
			}
			return new Time(local.format(MINUTE), null, zone);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(name + " '" + value + "' is not a date or date-time");
		}
	}

	/** An IANA zone for a TZID: itself when it is one, else the zone with the offsets of the file's VTIMEZONE. */
	static ZoneId zone(String tzid, TimeZoneRegistry registry, LocalDateTime near) {
		try {
			if (ZoneId.getAvailableZoneIds().contains(tzid)) {
				return ZoneId.of(tzid);
			}
		}
		catch (RuntimeException ex) {
			// not an IANA name: match it below
		}
		var defined = registry.getTimeZone(tzid);
		if (defined == null) {
			throw new IllegalArgumentException("unknown time zone TZID=" + tzid
					+ ": it is not an IANA name and no VTIMEZONE of the file defines it");
		}
		var samples = new ArrayList<Instant>();
		var from = near.minusYears(1).toInstant(ZoneOffset.UTC);
		for (int day = 0; day <= 3 * 365; day += 7) {
			samples.add(from.plus(Duration.ofDays(day)));
		}
		var candidates = new TreeSet<String>();
		for (String id : ZoneId.getAvailableZoneIds()) {
			if (!id.contains("/") || id.startsWith("Etc/") || id.startsWith("SystemV/")) {
				continue;
			}
			var rules = ZoneId.of(id).getRules();
			boolean same = samples.stream()
				.allMatch((instant) -> rules.getOffset(instant).getTotalSeconds() * 1000L == defined.getOffset(instant.toEpochMilli()));
			if (same) {
				candidates.add(id);
			}
		}
		if (candidates.isEmpty()) {
			throw new IllegalArgumentException("the time zone TZID=" + tzid + " matches no IANA zone");
		}
		// Prefer a zone whose city the TZID names ("Europe/Berlin" for "Berlin, Rome"), then one of
		// the region it names (the first of Europe/… for "W. Europe Standard Time"), else the first by name.
		var words = tzid.toLowerCase(Locale.ROOT).split("[^a-z]+");
		for (String id : candidates) {
			var city = id.substring(id.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).replace('_', ' ');
			for (String word : words) {
				if (word.length() > 2 && city.equals(word)) {
					return ZoneId.of(id);
				}
			}
		}
		for (String id : candidates) {
			var region = id.substring(0, id.indexOf('/')).toLowerCase(Locale.ROOT);
			for (String word : words) {
				if (region.equals(word)) {
					return ZoneId.of(id);
				}
			}
		}
		return ZoneId.of(candidates.first());
	}

	private static List<String> occurrences(Component vevent, String name, TimeZoneRegistry registry, ZoneId zone) {
		var result = new ArrayList<String>();
		for (Property property : vevent.<Property>getProperties(name)) {
			var tzid = property.getParameter("TZID").map(Content::getValue).orElse(null);
			var type = property.getParameter("VALUE").map(Content::getValue).orElse(null);
			for (String value : property.getValue().split(",")) {
				if (!value.isBlank()) {
					result.add(time(value.strip(), tzid, type, registry, zone, name).text());
				}
			}
		}
		return result;
	}

	/** The end of an event given a DURATION. */
	private static String plus(Time start, String duration) {
		try {
			if (start.date() != null) {
				var days = duration.startsWith("PT") ? 0 : Period.parse(duration.replaceAll("T.*$", "")).getDays();
				return (days <= 1) ? null : start.date().plusDays(days - 1L).toString();
			}
			return LocalDateTime.parse(start.text()).plus(Duration.parse(duration)).format(MINUTE);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("DURATION '" + duration + "' is not a duration");
		}
	}

}
