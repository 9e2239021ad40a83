package org.govgraph.client.model;

import java.util.List;

/**
 * A new event. {@code start} and {@code end} are partial dates ({@code 2013}, {@code 2013-11}, {@code 2013-05-14}) or local date-times ({@code 2013-10-25T09:00}, which need {@code timeZone}). A null component is left out of the request.
 *
 * @param key stable key; derived from the name when omitted (e.g. {@code wtpf-2013}).
 * @param name the event's name. Required.
 * @param kind what kind of event it is. Required.
 * @param start when it starts: a partial date or a local date-time.
 * @param end when it ends: a partial date or a local date-time, not before {@code start}.
 * @param timeZone the IANA time zone of its local date-times, e.g. {@code Europe/Geneva}.
 * @param durationMinutes how long it lasts, in minutes.
 * @param venue the venue.
 * @param city the city.
 * @param region the region (state, province).
 * @param country the country.
 * @param format the format, as its announcement words it.
 * @param moderation who moderates it.
 * @param panelists how many panelists it has.
 * @param openFloor whether there is an open floor.
 * @param remoteParticipation whether remote participation is offered.
 * @param participants how many took part, as the source counts them.
 * @param contact its contact.
 * @param description A description.
 * @param provenance what supports each value. Required.
 * @param comment why the entity is added, kept in its history.
 */
public record CreateEventInput(String key, String name, EventKind kind, String start, String end, String timeZone, Integer durationMinutes, String venue, String city, String region, String country, String format, String moderation, Integer panelists, Boolean openFloor, Boolean remoteParticipation, QuantityInput participants, EventContactInput contact, String description, List<ProvenanceInput> provenance, String comment) implements GraphQlInput {

}
