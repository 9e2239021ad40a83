package org.govgraph.calendarsync;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.function.Function;

import org.govgraph.calendarsync.CalendarApi.ApiException;
import org.govgraph.calendarsync.CalendarApi.Forum;
import org.govgraph.calendarsync.CalendarApi.Imported;

/**
 * {@code governance-calendar}: {@code sync} keeps a local {@code .ics} mirror of a forum's
 * calendar current through {@code eventChanges}; {@code push} imports a calendar file. One
 * summary line on stdout, progress and errors on stderr; exit status 0 done, 1 failed, 2 bad
 * usage.
 */
public final class GovernanceCalendar {

	/** Done. */
	public static final int OK = 0;

	/** Failed: the reason is on stderr. */
	public static final int FAILED = 1;

	/** Bad usage: the usage is on stderr. */
	public static final int USAGE = 2;

	private GovernanceCalendar() {
	}

	public static void main(String[] args) {
		int status = run(args, System.out, System.err);
		System.out.flush();
		System.exit(status);
	}

	/** Runs the command on the real API; returns the exit status. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		return run(args, out, err, System.getenv("GOVGRAPH_TOKEN"), GovernanceGraphCalendarApi::new);
	}

	static int run(String[] args, PrintStream out, PrintStream err, String environmentToken,
			Function<Options, CalendarApi> apis) {
		Options options;
		try {
			options = Options.parse(Arrays.asList(args), environmentToken);
		}
		catch (Options.UsageException ex) {
			err.println(Options.PROGRAM + ": " + ex.getMessage());
			err.println();
			err.print(Options.USAGE);
			return USAGE;
		}
		if (options.command().equals("help")) {
			out.print(Options.USAGE);
			return OK;
		}
		boolean terminal = System.console() != null && System.console().isTerminal();
		var progress = new Progress(err, options.progress() || terminal);
		try (CalendarApi api = apis.apply(options)) {
			Forum forum = api.forum(options.forum()).orElse(null);
			if (forum == null) {
				err.println(Options.PROGRAM + ": no forum '" + options.forum() + "' at " + options.api()
						+ " (give its acronym, e.g. ITU, its key, e.g. itu/sg, or its ID)");
				return FAILED;
			}
			if (options.command().equals("sync")) {
				var result = new Synchronizer(api, progress, err, options.pageSize()).sync(forum, options.out());
				out.println(result.summary());
				return OK;
			}
			return push(api, forum, options, out, err);
		}
		catch (ApiException ex) {
			err.println(Options.PROGRAM + ": " + options.command() + " failed: " + ex.getMessage()
					+ ((ex.correlationId() != null) ? " (correlation id " + ex.correlationId() + ")" : ""));
			return FAILED;
		}
		catch (NoSuchFileException ex) {
			err.println(Options.PROGRAM + ": " + options.command() + " failed: no such file or directory: " + ex.getFile());
			return FAILED;
		}
		catch (IOException | RuntimeException ex) {
			err.println(Options.PROGRAM + ": " + options.command() + " failed: " + ex);
			return FAILED;
		}
	}

	private static int push(CalendarApi api, Forum forum, Options options, PrintStream out, PrintStream err)
			throws IOException {
		String ics = Files.readString(options.file(), StandardCharsets.UTF_8);
		Imported imported = api.importCalendar(forum.id(), ics, options.file().getFileName().toString(),
				options.comment());
		if (!imported.userErrors().isEmpty()) {
			err.println(Options.PROGRAM + ": push failed: " + forum.key() + " refused " + options.file() + ":");
			imported.userErrors().forEach((message) -> err.println("  " + message));
			return FAILED;
		}
		out.println(imported.created() + " created, " + imported.updated() + " updated, " + imported.cancelled()
				+ " cancelled, " + imported.unchanged() + " unchanged");
		return OK;
	}

}
