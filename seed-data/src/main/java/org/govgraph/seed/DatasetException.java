package org.govgraph.seed;

/**
 * A dataset that cannot be loaded, with the file and line of the offending entry. Nothing is
 * written when the dataset is rejected.
 */
public class DatasetException extends RuntimeException {

	private final String file;

	private final int line;

	private final String reason;

	public DatasetException(Location location, String message) {
		super(location + ": " + message);
		this.file = location.file();
		this.line = location.line();
		this.reason = message;
	}

	/** What is wrong, without the file and line: the words the curation API uses for the same rule. */
	public String reason() {
		return this.reason;
	}

	/** The dataset file the problem is in. */
	public String file() {
		return this.file;
	}

	/** The 1-based line of the problem; 0 when it concerns the file as a whole. */
	public int line() {
		return this.line;
	}

	/** Where in the dataset files an entry stands. */
	public record Location(String file, int line) {

		@Override
		public String toString() {
			return (this.line > 0) ? this.file + ":" + this.line : this.file;
		}

	}

}
