package org.govgraph.client.model;

import java.util.List;

/**
 * One page of a connection: its items and where it sits. {@code Pages} walks the pages of any
 * connection through this.
 *
 * @param <T> what the page holds
 */
public interface Page<T> {

	/** The items of this page, in the connection's order. */
	List<T> items();

	/** Where this page sits, and the cursor of the next one. */
	PageInfo pageInfo();

}
