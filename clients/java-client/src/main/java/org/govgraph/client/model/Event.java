package org.govgraph.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A summit, conference, meeting, consultation, preparatory process or series of events. Phases and the events of a series are events of their own, linked by {@code partOf} and {@code parts}.
 *
 * @param id opaque global ID.
 * @param version starts at 1 when the entity is created and grows by 1 with every write to it (by a curator or a dataset reload); pass it as {@code expectedVersion} to update or retire it.
 * @param retired true when the entity has been retired: it has left lists, search, paths and relationship fields, but {@code node(id:)} still returns it, and {@code restore} brings it back.
 * @param key stable readable key, e.g. {@code itu/sg/open-talks/2013-10-25-town-hall}.
 * @param name the name.
 * @param kind what kind of event it is. (Sent as {@code eventKind}: the kinds of the entities are enums of their own, which one selection of {@code Node} cannot give one name.)
 * @param start when it starts; null where the sources give no date (e.g. a series).
 * @param end when it ends; null where the sources give no end (a start time may come with {@code durationMinutes} instead).
 * @param timeZone IANA time zone of the venue (e.g. {@code Europe/Zurich}), given with start and end times; null for date-only events.
 * @param durationMinutes how long it lasts in minutes, where the sources say; null otherwise.
 * @param venue the venue, e.g. {@code Expo Guadalajara}; null where not given.
 * @param city the city, e.g. {@code Geneva}; null where not given.
 * @param region the region or island where it is held when the source names no city, e.g. {@code Bali}; null where not given.
 * @param country the country, e.g. {@code Indonesia}; null where not given.
 * @param format the meeting format, e.g. {@code Town Hall}, {@code World Café}; null where not given.
 * @param moderation how it is moderated, e.g. {@code single moderator}; null where not given.
 * @param panelists the number of panelists; null where not given.
 * @param openFloor whether the floor is open for comments; null where not given.
 * @param remoteParticipation whether remote participation is offered; null where not given.
 * @param participants the number of participants or delegates as the source gives it: exact, or approximate with the source's words (e.g. {@code some 900}); null where not given.
 * @param contact whom to contact about it; null where the sources give no contact.
 * @param description A short description; null where there is none.
 * @param forum the body it is a meeting of ({@code MEETING_OF}), else the body that convened it ({@code CONVENED_BY}), else that of the event it is part of (nearest first); null when none. Provenance is in {@code meetingOf} and {@code convenedBy}.
 * @param calendarUrl the absolute address of the iCalendar feed of this event and everything part of it, at any depth: for a series, its meetings (subscribe to it by URL, or as {@code webcal://}).
 * @param provenance the sources of this event's own facts.
 */
public record Event(String id, int version, boolean retired, String key, String name, @JsonProperty("eventKind") EventKind kind, EventTime start, EventTime end, String timeZone, Integer durationMinutes, String venue, String city, String region, String country, String format, String moderation, Integer panelists, Boolean openFloor, Boolean remoteParticipation, Quantity participants, EventContact contact, String description, ForumRef forum, String calendarUrl, List<Provenance> provenance) implements Node {

	public Event {
		provenance = (provenance != null) ? List.copyOf(provenance) : List.of();
	}

}
