package org.govgraph.client.model;

/**
 * One dated instrument or event on the timeline.
 *
 * @param date the instrument's date or the event's start date, at the precision its source gives.
 * @param kind whether {@code node} is an instrument or an event.
 * @param title what to show: the instrument's {@code displayTitle} or the event's name.
 * @param node the instrument or event.
 */
public record TimelineEntry(PartialDate date, TimelineEntryKind kind, String title, Node node) {

}
