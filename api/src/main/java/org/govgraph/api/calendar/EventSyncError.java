package org.govgraph.api.calendar;

import graphql.ErrorClassification;

/** The classification of a sync token (or cursor) that can no longer be used: start over (Google's 410 Gone). */
public enum EventSyncError implements ErrorClassification {

	SYNC_TOKEN_INVALID

}
