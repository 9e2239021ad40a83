package org.govgraph.client.model;

/**
 * A calendar file to import into a forum's calendar. A null component is left out of the request.
 *
 * @param forum global ID of the forum whose calendar it is. Required.
 * @param ics the file's text ({@code BEGIN:VCALENDAR} …), at most 1 MiB and 2,000 events. Required.
 * @param fileName the file's name, kept in its provenance.
 * @param comment why it is imported, kept in each event's history.
 */
public record ImportCalendarInput(String forum, String ics, String fileName, String comment) implements GraphQlInput {

}
