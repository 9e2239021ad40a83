package org.govgraph.client.model;

import java.util.Set;

/**
 * A GraphQL input object as a record. Its null components are left out of the request; an update
 * input names the fields to remove (sent as an explicit null) in {@link #clearedFields()}.
 */
public interface GraphQlInput {

	/** The input fields to send as null, which removes their values; none by default. */
	default Set<String> clearedFields() {
		return Set.of();
	}

}
