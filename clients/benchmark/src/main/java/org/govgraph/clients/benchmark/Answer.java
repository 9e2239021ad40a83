package org.govgraph.clients.benchmark;

/**
 * The shape of one answer, enough to tell whether the API and the floor answered the same question: how many
 * items there are in all, how many this answer holds, and the key of its first item.
 *
 * @param total the items in all (a connection's {@code totalCount}, or the rows when there is no total)
 * @param rows the items this answer holds
 * @param firstKey the first item's key; empty when there is none
 */
record Answer(long total, long rows, String firstKey) {

	@Override
	public String toString() {
		return "total " + this.total + ", rows " + this.rows + ", first " + (this.firstKey.isEmpty() ? "(none)" : this.firstKey);
	}

}
