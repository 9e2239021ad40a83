package org.govgraph.calendarsync;

import java.io.PrintStream;

/**
 * Progress of a long run on stderr, one line per step, when asked for ({@code --progress}) or
 * when the command runs on a terminal; silent otherwise, so that scripts read only the summary.
 */
final class Progress {

	private final PrintStream err;

	private final boolean enabled;

	Progress(PrintStream err, boolean enabled) {
		this.err = err;
		this.enabled = enabled;
	}

	/** A page of eventChanges arrived; {@code total} entries so far. */
	void page(int page, int total) {
		say("eventChanges: page " + page + ", " + total + ((total == 1) ? " entry" : " entries"));
	}

	/** The feed of the {@code done}-th of {@code total} changed events was applied. */
	void applied(int done, int total) {
		if (done == total || done % 10 == 0) {
			say("events: " + done + "/" + total + " applied");
		}
	}

	void say(String message) {
		if (this.enabled) {
			this.err.println(Options.PROGRAM + ": " + message);
		}
	}

}
