package org.govgraph.client.model;

import java.util.List;

/**
 * Which events to return; conditions combine with AND. A null component is left out of the request.
 *
 * @param forum only events that are meetings of, or were convened by, this forum or one of its organs (at any depth), and the events that are part (at any depth) of such an event: the forum's acronym (e.g. {@code ITU}) or key (e.g. {@code itu/sg}).
 * @param series only events that are part (at any depth) of this series or summit, by event key (e.g. {@code itu/sg/open-talks}).
 * @param from only events ending on or after this partial date ({@code 2013}, {@code 2013-10} or {@code 2013-10-25}); an overlapping date counts, and an event without an end ends on its start. Events without a start are left out.
 * @param to only events starting on or before this partial date; an overlapping date counts. Events without a start are left out.
 * @param formats only events in one of these formats, matched exactly (e.g. {@code Town Hall}, {@code World Café}).
 * @param remoteParticipation only events that do (true) or do not (false) offer remote participation; events that do not say count as false.
 * @param kinds only events of these kinds.
 * @param city only events in this city, matched whole and case-insensitively ({@code geneva} matches {@code Geneva}).
 * @param country only events in this country, matched whole and case-insensitively (e.g. {@code Indonesia}).
 * @param place only events whose city, venue, region or country contains this text, case-insensitively ({@code ITU headquarters} matches the venue {@code ICT Discovery Museum, ITU headquarters}).
 */
public record EventFilter(String forum, String series, String from, String to, List<String> formats, Boolean remoteParticipation, List<EventKind> kinds, String city, String country, String place) implements GraphQlInput {

}
