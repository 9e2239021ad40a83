package org.govgraph.api.security;

/**
 * The authorization rule of writes, as {@code @PreAuthorize} expressions: every
 * {@code @MutationMapping} (and every {@code @SchemaMapping} on type {@code Mutation}) carries
 * {@code @PreAuthorize(CurationAccess.CURATOR)}, or {@link #ADMIN} for bulk operations;
 * {@code ArchitectureTest} fails on one that carries none. Denials come back as GraphQL errors
 * classified {@code UNAUTHORIZED} (no valid token) or {@code FORBIDDEN} (a token without the
 * role), by Spring for GraphQL's {@code SecurityDataFetcherExceptionResolver}.
 */
public final class CurationAccess {

	/** Curators may write (an administrator who curates carries both roles). */
	public static final String CURATOR = "hasRole('CURATOR')";

	/** Only administrators may run bulk operations. */
	public static final String ADMIN = "hasRole('ADMIN')";

	private CurationAccess() {
	}

}
