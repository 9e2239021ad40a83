package org.govgraph.model.calendar;

import org.govgraph.model.calendar.CalendarImport.File;

/** The keys and words of imported calendars: made here, never in a method that runs Cypher. */
final class CalendarTexts {

	private CalendarTexts() {
	}

	static String sourceKey(String sha256) {
		return "curated/import/" + sha256.substring(0, 16);
	}

	static String sourceUrl(String sha256) {
		return "urn:sha256:" + sha256;
	}

	static String sourceStatement(File file) {
		return "Calendar file '" + file.name() + "' (" + file.size() + " bytes, SHA-256 " + file.sha256()
				+ ") imported by " + file.importedBy() + ".";
	}

	/** A new imported event's key: the forum's key, then the UID made safe (with a hash when it had to change). */
	static String eventKey(String forumKey, String uid) {
		var safe = uid.replaceAll("[^A-Za-z0-9._@-]+", "-");
		if (!safe.equals(uid) || safe.length() > 100) {
			safe = safe.substring(0, Math.min(safe.length(), 60)) + "-"
					+ CalendarImportRepository.sha256(uid).substring(0, 8);
		}
		return forumKey + "/calendar/" + safe;
	}

	/** An overridden occurrence's key: its series' key and the start it replaces. */
	static String occurrenceKey(String seriesKey, String recurrenceId) {
		return seriesKey + "/" + recurrenceId.replace(":", "");
	}

	/** The key a UID of this graph's own feeds was made from ({@code <key>@governance-graph}); null for others. */
	static String keyOfOwnUid(String uid) {
		var suffix = "@" + EventUid.DOMAIN;
		return uid.endsWith(suffix) ? uid.substring(0, uid.length() - suffix.length()) : null;
	}


}
