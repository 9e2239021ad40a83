package org.govgraph.api.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Conference;
import net.fortuna.ical4j.model.property.Contact;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;
import org.govgraph.model.calendar.CalendarFeedRepository.FeedEvent;
import org.govgraph.model.calendar.EventUid;
import org.govgraph.model.graph.GraphNode;
import org.govgraph.model.graph.GraphNode.Provenance;

/**
 * Writes a feed as iCalendar text with ical4j. An event dated to the day becomes an all-day
 * event ({@code DTSTART;VALUE=DATE}, {@code DTEND} the day after its last day); one with a local
 * date-time a timed event in its IANA time zone, with a {@code VTIMEZONE} for every zone used.
 * An event known only to the month or year, or without a start, is left out: a calendar entry
 * needs a day, and none is made up (the GraphQL API lists such events with their precision).
 */
public final class IcsWriter {

	/** The product identifier of the feeds. */
	public static final String PRODUCT = "-//governance-graph//calendar feeds//EN";

	private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	/**
	 * A feed to write.
	 *
	 * @param name the calendar's name
	 * @param url the feed's own address
	 * @param refreshInterval how often a client should fetch it again
	 * @param now the time it is written (only for events without history)
	 * @param events the events, retired ones included (written as cancelled)
	 * @param eventUrl the address of an event's own feed, by key
	 */
	public record Feed(String name, URI url, java.time.Duration refreshInterval, Instant now, List<FeedEvent> events,
			java.util.function.Function<String, URI> eventUrl) {
	}

	private IcsWriter() {
	}

	/** True when an event can be placed in a calendar: its start is known to the day or the minute. */
	public static boolean placeable(GraphNode event) {
		String start = event.string("start");
		return start != null && start.length() >= 10;
	}

	/** The feed as iCalendar text, lines ending in CRLF. */
	public static String write(Feed feed) {
		var calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(new Version(new ParameterList(), Version.VALUE_2_0));
		calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
		calendar.add(new Name(feed.name()));
		calendar.add(new XProperty("X-WR-CALNAME", feed.name()));
		calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), feed.refreshInterval()));
		calendar.add(new XProperty("X-PUBLISHED-TTL", feed.refreshInterval().toString()));
		calendar.add(new net.fortuna.ical4j.model.property.Source(new ParameterList(List.of(Value.URI)), feed.url().toString()));
		var zones = new TreeSet<String>();
		var events = new ArrayList<VEvent>();
		for (FeedEvent row : feed.events()) {
			if (placeable(row.event())) {
				events.add(event(row, feed, zones));
			}
		}
		for (String zone : zones) {
			calendar.add(vTimeZone(zone));
		}
		events.forEach(calendar::add);
		var text = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

	/**
	 * The VTIMEZONE of a zone, with the zone's own name as its TZID: ical4j's registry answers a
	 * link (Europe/Amsterdam) with the zone it links to (Europe/Brussels), and every TZID an event
	 * uses must have its VTIMEZONE.
	 */
	private static net.fortuna.ical4j.model.component.VTimeZone vTimeZone(String zone) {
		var definition = ZONES.getTimeZone(zone).getVTimeZone();
		var tzid = definition.<Property>getProperty(Property.TZID).map(Property::getValue).orElse(null);
		if (zone.equals(tzid)) {
			return definition;
		}
		net.fortuna.ical4j.model.component.VTimeZone copy = definition.copy();
		copy.replace(new net.fortuna.ical4j.model.property.TzId(zone));
		return copy;
	}

	private static VEvent event(FeedEvent row, Feed feed, Set<String> zones) {
		GraphNode n = row.event();
		var event = new VEvent(false);
		Instant stamp = (row.modified() != null) ? row.modified().toInstant() : feed.now();
		event.add(new Uid(EventUid.of(n)));
		event.add(new DtStamp(stamp));
		if (row.created() != null) {
			event.add(new Created(row.created().toInstant()));
		}
		if (row.modified() != null) {
			event.add(new LastModified(row.modified().toInstant()));
		}
		event.add(new Sequence((int) row.sequence()));
		String zone = n.string("timeZone");
		Temporal start = temporal(n.string("start"), zone);
		event.add(new DtStart<>(start));
		Temporal end = end(n, start, zone);
		if (end != null) {
			event.add(new DtEnd<>(end));
		}
		if (start instanceof ZonedDateTime) {
			zones.add(zone);
		}
		recurrence(n, zone, event);
		event.add(new Summary(n.string("name")));
		String location = join(", ", n.string("venue"), n.string("city"), n.string("region"), n.string("country"));
		if (!location.isEmpty()) {
			event.add(new Location(location));
		}
		event.add(new Url(feed.eventUrl().apply(n.key())));
		event.add(new Description(description(row)));
		var categories = Stream.of(n.string("kind"), n.string("format")).filter(Objects::nonNull).toList();
		event.add(new Categories(String.join(",", categories)));
		String contact = join(", ", n.string("contactOrganization"), n.string("contactAddress"), n.string("contactEmail"),
				n.string("contactPhone"));
		if (!contact.isEmpty()) {
			event.add(new Contact(contact));
		}
		if (Boolean.TRUE.equals(n.properties().get("remoteParticipation"))) {
			event.add(conference(row, feed));
		}
		event.add(new Status(n.retired() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
		return event;
	}

	/**
	 * RFC 7986 {@code CONFERENCE}: the sources give no address to join at, so the URI is the
	 * event's contact e-mail (to ask for it), else the event's own address.
	 */
	private static Conference conference(FeedEvent row, Feed feed) {
		String email = row.event().string("contactEmail");
		String uri = (email != null) ? "mailto:" + email : feed.eventUrl().apply(row.event().key()).toString();
		String label = row.remoteParticipationBy().isEmpty() ? "Remote participation"
				: "Remote participation by " + String.join(", ", row.remoteParticipationBy());
		var parameters = new ParameterList(List.of(Value.URI, new net.fortuna.ical4j.model.parameter.Feature("AUDIO,VIDEO"),
				new net.fortuna.ical4j.model.parameter.Label(label)));
		return new Conference(parameters, uri);
	}

	private static void recurrence(GraphNode n, String zone, VEvent event) {
		String rrule = n.string("rrule");
		if (rrule != null) {
			event.add(new RRule<>(rrule));
		}
		List<Temporal> rdates = temporals(n.properties().get("rdates"), zone);
		if (!rdates.isEmpty()) {
			event.add(new RDate<>(dateParameters(rdates, zone), new DateList<>(rdates)));
		}
		List<Temporal> exdates = temporals(n.properties().get("exdates"), zone);
		if (!exdates.isEmpty()) {
			event.add(new ExDate<>(dateParameters(exdates, zone), new DateList<>(exdates)));
		}
		String recurrenceId = n.string("recurrenceId");
		if (recurrenceId != null) {
			event.add(new RecurrenceId<>(temporal(recurrenceId, zone)));
		}
	}

	/** {@code VALUE=DATE} for a list of days, {@code TZID} for a list of date-times in a zone. */
	private static ParameterList dateParameters(List<Temporal> values, String zone) {
		return (values.get(0) instanceof LocalDate) ? new ParameterList(List.of(Value.DATE))
				: new ParameterList(List.of(new TzId(zone)));
	}

	private static List<Temporal> temporals(Object values, String zone) {
		if (!(values instanceof List<?> list)) {
			return List.of();
		}
		return list.stream().map((value) -> temporal(value.toString(), zone)).toList();
	}

	/** A day ({@code 2013-05-14}) as a date, a local date-time ({@code 2013-10-25T09:00}) in its zone. */
	static Temporal temporal(String value, String zone) {
		if (value.length() == 10) {
			return LocalDate.parse(value);
		}
		return LocalDateTime.parse(value).atZone(ZoneId.of(zone));
	}

	/** The exclusive end: the day after the last day, the end time, or the start plus the duration. */
	private static Temporal end(GraphNode n, Temporal start, String zone) {
		String end = n.string("end");
		if (start instanceof LocalDate day) {
			if (end != null && end.length() == 10) {
				return LocalDate.parse(end).plusDays(1);
			}
			return null;
		}
		if (end != null && end.length() > 10) {
			return temporal(end, zone);
		}
		if (n.properties().get("durationMinutes") instanceof Number minutes) {
			return ((ZonedDateTime) start).plusMinutes(minutes.longValue());
		}
		return null;
	}

	/** The event's description, then where each fact comes from, in a line or two. */
	static String description(FeedEvent row) {
		var text = new StringBuilder();
		String description = row.event().string("description");
		if (description != null) {
			text.append(description).append("\n\n");
		}
		if (!row.fora().isEmpty()) {
			text.append("Forum: ").append(String.join("; ", row.fora())).append("\n");
		}
		text.append("Sources: ").append(sources(row.event().provenance()));
		return text.toString();
	}

	private static String sources(List<Provenance> provenance) {
		var bySource = new LinkedHashMap<String, Set<String>>();
		for (Provenance entry : provenance) {
			String source;
			if (entry.source() != null) {
				source = entry.source() + ((entry.locator() != null) ? " " + entry.locator() : "");
			}
			else {
				source = "derived (" + entry.rule() + ")";
			}
			bySource.computeIfAbsent(source, (s) -> new LinkedHashSet<>()).addAll(entry.supports());
		}
		if (bySource.isEmpty()) {
			return "none recorded.";
		}
		return bySource.entrySet()
			.stream()
			.map((e) -> e.getKey() + (e.getValue().isEmpty() ? "" : ": " + String.join(", ", e.getValue())))
			.collect(Collectors.joining("; ", "", "."));
	}

	private static String join(String separator, String... parts) {
		return Stream.of(parts).filter(Objects::nonNull).filter((p) -> !p.isBlank()).collect(Collectors.joining(separator));
	}


}
