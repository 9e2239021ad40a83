package org.govgraph.calendarsync;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@code governance-calendar}: a command ({@code sync} or {@code push}) and
 * its options, as {@code --name value} or {@code --name=value}.
 *
 * @param command {@code sync}, {@code push}, or {@code help}
 * @param api the API's base URL, e.g. {@code http://localhost:8080}
 * @param forum the forum as a person types it: acronym, key or global ID
 * @param out the mirror to keep ({@code sync})
 * @param file the calendar file to import ({@code push})
 * @param token a bearer token (needed by {@code push})
 * @param comment the comment kept in the imported events' history ({@code push})
 * @param pageSize how many entries each {@code eventChanges} request asks for
 * @param progress whether to show progress on stderr even when it is not a terminal
 */
record Options(String command, URI api, String forum, Path out, Path file, String token, String comment, int pageSize,
		boolean progress) {

	static final String PROGRAM = "governance-calendar";

	static final String USAGE = """
			Usage:
			  governance-calendar sync --api URL --forum FORUM --out FILE.ics [--page-size N] [--progress] [--token T]
			  governance-calendar push --api URL --forum FORUM --token T [--comment TEXT] FILE.ics
			  governance-calendar --help

			sync  keeps FILE.ics a mirror of the forum's calendar, fetching only what changed since the
			      last sync (its token is kept in FILE.ics.sync-token); the first sync fetches it whole.
			push  imports FILE.ics into the forum's calendar (importCalendar; needs a token with ADMIN).

			Options:
			  --api URL        the API's base URL, e.g. http://localhost:8080 (GraphQL at URL/graphql)
			  --forum FORUM    an acronym (ITU), a forum key (itu/sg) or a forum's global ID
			  --out FILE.ics   the mirror to create or bring up to date (sync)
			  --token T        a bearer token; default: the environment variable GOVGRAPH_TOKEN
			  --comment TEXT   why the file is imported, kept in each event's history (push)
			  --page-size N    entries per eventChanges request, 1 to 100 (default 100)
			  --progress       show progress on stderr (shown by default only on a terminal)
			  -h, --help       show this help

			Exit status: 0 done, 1 failed (the reason on stderr), 2 bad usage.
			""";

	private static final int DEFAULT_PAGE_SIZE = 100;

	private static final List<String> VALUED = List.of("api", "forum", "out", "token", "comment", "page-size");

	private static final Map<String, List<String>> ALLOWED = Map.of("sync",
			List.of("api", "forum", "out", "token", "page-size", "progress"), "push",
			List.of("api", "forum", "token", "comment", "progress"));

	/** A command line that cannot be run: the message says why, the usage says how. */
	static final class UsageException extends Exception {

		UsageException(String message) {
			super(message);
		}

	}

	/**
	 * Reads a command line.
	 * @param args the arguments
	 * @param environmentToken the token of the environment ({@code GOVGRAPH_TOKEN}), or null
	 */
	static Options parse(List<String> args, String environmentToken) throws UsageException {
		if (args.isEmpty()) {
			throw new UsageException("no command given");
		}
		if (args.contains("--help") || args.contains("-h") || args.getFirst().equals("help")) {
			return new Options("help", null, null, null, null, null, null, DEFAULT_PAGE_SIZE, false);
		}
		String command = args.getFirst();
		if (!ALLOWED.containsKey(command)) {
			throw new UsageException("unknown command '" + command + "'");
		}
		var values = new java.util.HashMap<String, String>();
		var positional = new ArrayList<String>();
		boolean progress = false;
		for (int i = 1; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--") || arg.equals("--")) {
				positional.add(arg);
				continue;
			}
			int equals = arg.indexOf('=');
			String name = arg.substring(2, (equals > 0) ? equals : arg.length());
			if (!ALLOWED.get(command).contains(name)) {
				throw new UsageException("unknown option '--" + name + "' for " + command);
			}
			if (!VALUED.contains(name)) {
				if (equals > 0) {
					throw new UsageException("option '--" + name + "' takes no value");
				}
				progress = true;
				continue;
			}
			String value;
			if (equals > 0) {
				value = arg.substring(equals + 1);
			}
			else if (i + 1 < args.size()) {
				value = args.get(++i);
			}
			else {
				throw new UsageException("option '--" + name + "' needs a value");
			}
			if (values.put(name, value) != null) {
				throw new UsageException("option '--" + name + "' given twice");
			}
		}
		URI api = api(required(values, "api"));
		String forum = required(values, "forum");
		String token = values.getOrDefault("token", (environmentToken != null && !environmentToken.isBlank()) ? environmentToken : null);
		int pageSize = pageSize(values.get("page-size"));
		if (command.equals("sync")) {
			if (!positional.isEmpty()) {
				throw new UsageException("unexpected argument '" + positional.getFirst() + "'");
			}
			Path out = Path.of(required(values, "out"));
			return new Options(command, api, forum, out, null, token, null, pageSize, progress);
		}
		if (positional.size() != 1) {
			throw new UsageException(positional.isEmpty() ? "no calendar file given to push"
					: "one calendar file to push, not " + positional.size());
		}
		if (token == null) {
			throw new UsageException("push needs --token (or GOVGRAPH_TOKEN): a bearer token with the role ADMIN");
		}
		return new Options(command, api, forum, null, Path.of(positional.getFirst()), token, values.get("comment"),
				pageSize, progress);
	}

	private static String required(Map<String, String> values, String name) throws UsageException {
		String value = values.get(name);
		if (value == null || value.isBlank()) {
			throw new UsageException("missing --" + name);
		}
		return value;
	}

	private static URI api(String value) throws UsageException {
		try {
			URI uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
			if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
				throw new UsageException("--api must be an http or https URL, e.g. http://localhost:8080: " + value);
			}
			return uri;
		}
		catch (java.net.URISyntaxException ex) {
			throw new UsageException("--api is not a URL: " + value);
		}
	}

	private static int pageSize(String value) throws UsageException {
		if (value == null) {
			return DEFAULT_PAGE_SIZE;
		}
		try {
			int size = Integer.parseInt(value);
			if (size >= 1 && size <= 100) {
				return size;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new UsageException("--page-size must be a number from 1 to 100: " + value);
	}

}
