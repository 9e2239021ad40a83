package org.govgraph.client.model;

import java.util.List;

/**
 * Which instruments to return; conditions combine with AND. A null component is left out of the request.
 *
 * @param kinds only instruments of these kinds.
 * @param issuedBy only instruments issued by this forum or one of its organs (at any depth): the forum's acronym (e.g. {@code ITU}) or key (e.g. {@code itu/council}). "Issued by" means: the instrument, or the work it is a dated version of ({@code versionOf}), was issued or produced by such a forum ({@code ISSUED_BY}, {@code PRODUCED_BY}), or was adopted at or produced by an event ({@code ADOPTED_AT}, {@code PRODUCED_BY}) that is, or is part of (at any depth), a meeting of or an event convened by such a forum ({@code MEETING_OF}, {@code CONVENED_BY}). So dated versions count, and so do WTPF-13's Opinions for ITU. {@code Forum.instruments} and {@code TimelineFilter.forum} use the same rule.
 * @param dateFrom only instruments dated on or after this partial date ({@code 2005}, {@code 2013-11} or {@code 2013-05-14}); a date overlapping it counts ({@code 2013} matches {@code 2013-05}). Undated instruments are left out.
 * @param dateTo only instruments dated on or before this partial date; a date overlapping it counts. Undated instruments are left out.
 * @param topic only instruments linked to this topic (by key, e.g. {@code multistakeholder-model}) directly or through one of their paragraphs.
 * @param text only instruments whose title, symbol, description or paragraph text contains these words (full-text, taken literally).
 */
public record InstrumentFilter(List<InstrumentKind> kinds, String issuedBy, String dateFrom, String dateTo, String topic, String text) implements GraphQlInput {

}
