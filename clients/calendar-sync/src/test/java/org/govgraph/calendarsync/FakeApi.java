package org.govgraph.calendarsync;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An API in memory: one forum (ITU), its feeds, and the entries of each sync by token. */
final class FakeApi implements CalendarApi {

	static final Forum ITU = new Forum("Rm9ydW06aXR1", "itu", "International Telecommunication Union",
			URI.create("http://localhost:8080/calendar/fora/itu.ics"));

	final Map<URI, String> feeds = new HashMap<>();

	/** The entries a sync from this token (null: the snapshot) gives, and the token it ends with. */
	final Map<String, List<Entry>> entries = new HashMap<>();

	final Map<String, String> nextTokens = new HashMap<>();

	final List<String> requests = new ArrayList<>();

	Imported imported = new Imported(0, 0, 0, 0, List.of());

	@Override
	public Optional<Forum> forum(String typed) {
		return List.of("ITU", "itu", ITU.id()).contains(typed) ? Optional.of(ITU) : Optional.empty();
	}

	@Override
	public Page eventChanges(String syncToken, String forumId, int first, String after) {
		this.requests.add("eventChanges " + syncToken + " " + after);
		if (!this.entries.containsKey(syncToken)) {
			throw new SyncTokenRejectedException("This syncToken is not one this API issued", "c0ffee", null);
		}
		List<Entry> all = this.entries.get(syncToken);
		int from = (after != null) ? Integer.parseInt(after) : 0;
		int to = Math.min(all.size(), from + first);
		boolean more = to < all.size();
		return new Page(all.subList(from, to), more, Integer.toString(to), more ? null : this.nextTokens.get(syncToken));
	}

	@Override
	public Imported importCalendar(String forumId, String ics, String fileName, String comment) {
		this.requests.add("importCalendar " + forumId + " " + fileName);
		return this.imported;
	}

	@Override
	public String feed(URI url) {
		this.requests.add("GET " + url);
		String feed = this.feeds.get(url);
		if (feed == null) {
			throw new ApiException("GET " + url + " answered 404", "404-id", null);
		}
		return feed;
	}

	@Override
	public void close() {
	}

}
