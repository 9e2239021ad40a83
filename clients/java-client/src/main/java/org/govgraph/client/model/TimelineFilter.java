package org.govgraph.client.model;

import java.util.List;

/**
 * Which timeline entries to return; conditions combine with AND. A null component is left out of the request.
 *
 * @param from only entries dated on or after this partial date ({@code 2005}, {@code 2013-11} or {@code 2013-05-14}); an overlapping date counts.
 * @param to only entries dated on or before this partial date; an overlapping date counts.
 * @param forum only instruments issued by, and events of, this forum or its organs: the acronym (e.g. {@code ITU}) or key (e.g. {@code itu/sg}). Same rules as {@code InstrumentFilter.issuedBy} (dated versions and instruments adopted at its meetings count) and {@code EventFilter.forum}.
 * @param kinds only entries of these kinds; both when omitted.
 */
public record TimelineFilter(String from, String to, String forum, List<TimelineEntryKind> kinds) implements GraphQlInput {

}
