package org.govgraph.client.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Set;

/**
 * Values to change on an event, based on the version read; fields left out stay, fields given as null are removed. A null component is left out of the request (for an update: the value stays); name a value in {@code clear} to remove it (sent as null).
 *
 * @param id global ID of the event. Required.
 * @param expectedVersion the version the change is based on; a stale one is a {@code CONFLICT}. Required.
 * @param name the event's name.
 * @param kind what kind of event it is.
 * @param start when it starts: a partial date or a local date-time.
 * @param end when it ends: a partial date or a local date-time, not before {@code start}.
 * @param timeZone the IANA time zone of its local date-times.
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
 * @param contact its contact (each field given is changed).
 * @param description A description.
 * @param provenance what supports each value set. Required.
 * @param comment why the change is made, kept in its history.
 * @param clear the input fields to remove (sent as null); none when null
 */
public record UpdateEventInput(String id, int expectedVersion, String name, EventKind kind, String start, String end, String timeZone, Integer durationMinutes, String venue, String city, String region, String country, String format, String moderation, Integer panelists, Boolean openFloor, Boolean remoteParticipation, QuantityInput participants, EventContactInput contact, String description, List<ProvenanceInput> provenance, String comment, @JsonIgnore Set<String> clear) implements GraphQlInput {

	@Override
	public Set<String> clearedFields() {
		return (this.clear != null) ? this.clear : Set.of();
	}

}
