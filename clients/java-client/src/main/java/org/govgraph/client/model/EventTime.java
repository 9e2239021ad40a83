package org.govgraph.client.model;

import java.time.OffsetDateTime;

/**
 * When an event starts or ends. Date-only sources give {@code date} alone; sources with a time also give the local date-time, its time zone and the instant.
 *
 * @param date the date, at the precision its source gives (the local calendar date when a time is given).
 * @param localDateTime the local date-time at the venue as the source gives it, e.g. {@code 2013-10-08T18:15}; null for date-only sources.
 * @param timeZone IANA time zone of {@code localDateTime}, e.g. {@code Europe/Zurich}; null for date-only sources.
 * @param instant the same moment as an RFC 3339 date-time with the zone's offset, e.g. {@code 2013-10-08T18:15:00+02:00}; null for date-only sources.
 */
public record EventTime(PartialDate date, String localDateTime, String timeZone, OffsetDateTime instant) {

}
