package org.govgraph.calendarsync;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;

/**
 * A local copy of a calendar feed, changed one event at a time. An event's components are the
 * {@code VEVENT}s of its {@code UID} whose {@code URL} (the address of the event's own feed, which
 * the API writes on every event) is the event's {@code calendarUrl}: the series itself, or one
 * overridden occurrence ({@code RECURRENCE-ID}), which the API holds as an event of its own with
 * the series' UID. Addresses are compared by path, so a mirror made through another host name
 * of the same API still matches. The {@code VTIMEZONE}s written are those the events use.
 */
final class Mirror {

	private final List<Property> properties;

	private final Map<String, CalendarComponent> zones = new LinkedHashMap<>();

	private final List<CalendarComponent> events = new ArrayList<>();

	private final List<CalendarComponent> others = new ArrayList<>();

	private final List<CalendarComponent> initialEvents;

	private Mirror(Calendar calendar) {
		this.properties = List.copyOf(calendar.getProperties());
		for (CalendarComponent component : calendar.<CalendarComponent>getComponents()) {
			switch (component.getName()) {
				case Component.VTIMEZONE -> this.zones.put(value(component, Property.TZID), component);
				case Component.VEVENT -> this.events.add(component);
				default -> this.others.add(component);
			}
		}
		this.initialEvents = List.copyOf(this.events);
	}

	/** Reads iCalendar text; an {@link IllegalArgumentException} says why it is not one. */
	static Mirror parse(String text) {
		try {
			return new Mirror(new CalendarBuilder().build(new StringReader(text)));
		}
		catch (ParserException ex) {
			throw new IllegalArgumentException("not an iCalendar file: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The distinct UIDs of the events, in order. */
	Set<String> uids() {
		var uids = new LinkedHashSet<String>();
		this.events.forEach((event) -> uids.add(value(event, Property.UID)));
		return uids;
	}

	/** The {@code VEVENT}s of this UID, in order. */
	List<CalendarComponent> components(String uid) {
		return this.events.stream().filter((event) -> uid.equals(value(event, Property.UID))).toList();
	}

	/** The TZIDs of the {@code VTIMEZONE}s the written mirror carries. */
	Set<String> zoneIds() {
		return usedZones();
	}

	/** Whether the mirror held components of this event before any change was made to it. */
	boolean heldAtStart(String uid, URI eventFeed) {
		return this.initialEvents.stream().anyMatch(ofEvent(uid, eventFeed));
	}

	/**
	 * Replaces an event's components by those of its UID in its own feed (for a series, that is the
	 * series and its overridden occurrences): the mirror's components of the UID that have the
	 * address of one of them, or the same {@code RECURRENCE-ID}, are replaced; with none in the
	 * feed (an event without a day is in no feed), the event's components are removed.
	 * @return how many components of the UID the mirror now has from this feed
	 */
	int replace(String uid, URI eventFeed, Mirror feed) {
		List<CalendarComponent> fresh = feed.components(uid);
		var paths = new java.util.HashSet<String>();
		paths.add(path(eventFeed.toString()));
		var recurrenceIds = new java.util.HashSet<String>();
		for (CalendarComponent component : fresh) {
			String url = value(component, Property.URL);
			if (url != null) {
				paths.add(path(url));
			}
			recurrenceIds.add(recurrenceId(component));
		}
		Predicate<CalendarComponent> replaced = (event) -> uid.equals(value(event, Property.UID))
				&& (paths.contains(path(value(event, Property.URL))) || recurrenceIds.contains(recurrenceId(event)));
		int at = indexOf(replaced);
		this.events.removeIf(replaced);
		this.events.addAll((at >= 0) ? Math.min(at, this.events.size()) : this.events.size(), fresh);
		for (String zone : zonesOf(fresh)) {
			CalendarComponent definition = feed.zones.get(zone);
			if (definition != null) {
				this.zones.put(zone, definition);
			}
		}
		return fresh.size();
	}

	/**
	 * Removes a cancelled event: a series with its overridden occurrences, or one overridden
	 * occurrence. Components without an address are matched by UID alone.
	 * @return whether the mirror had it
	 */
	boolean remove(String uid, URI eventFeed) {
		List<CalendarComponent> matched = this.events.stream().filter(ofEvent(uid, eventFeed)).toList();
		if (matched.isEmpty()) {
			return false;
		}
		if (matched.stream().anyMatch((event) -> recurrenceId(event) == null)) {
			this.events.removeIf((event) -> uid.equals(value(event, Property.UID)));
		}
		else {
			this.events.removeAll(matched);
		}
		return true;
	}

	/** The mirror as iCalendar text: its calendar properties, the zones its events use, its events. */
	String write() {
		var calendar = new Calendar();
		this.properties.forEach(calendar::add);
		for (String zone : usedZones()) {
			calendar.add(this.zones.get(zone));
		}
		this.others.forEach(calendar::add);
		this.events.forEach(calendar::add);
		var text = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

	private Set<String> usedZones() {
		var used = new TreeSet<String>(zonesOf(this.events));
		used.retainAll(this.zones.keySet());
		return used;
	}

	private int indexOf(Predicate<CalendarComponent> predicate) {
		for (int i = 0; i < this.events.size(); i++) {
			if (predicate.test(this.events.get(i))) {
				return i;
			}
		}
		return -1;
	}

	private static Predicate<CalendarComponent> ofEvent(String uid, URI eventFeed) {
		String path = path(eventFeed.toString());
		return (event) -> {
			if (!uid.equals(value(event, Property.UID))) {
				return false;
			}
			String url = value(event, Property.URL);
			return url == null || path.equals(path(url));
		};
	}

	private static Set<String> zonesOf(List<CalendarComponent> events) {
		var zones = new TreeSet<String>();
		for (CalendarComponent event : events) {
			for (Property property : event.<Property>getProperties()) {
				property.getParameter(Parameter.TZID).map(Parameter::getValue).ifPresent(zones::add);
			}
		}
		return zones;
	}

	private static String recurrenceId(Component event) {
		return event.getProperty(Property.RECURRENCE_ID).map(Property::toString).map(String::strip).orElse(null);
	}

	private static String value(Component component, String property) {
		return component.getProperty(property).map(Property::getValue).orElse(null);
	}

	/** The path of an address, for comparing feeds' addresses across host names; null for none. */
	private static String path(String url) {
		if (url == null) {
			return null;
		}
		try {
			return Objects.requireNonNullElse(URI.create(url.strip()).getRawPath(), url.strip());
		}
		catch (IllegalArgumentException ex) {
			return url.strip();
		}
	}

}
