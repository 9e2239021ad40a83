package org.govgraph.calendarsync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The sync token kept next to a mirror: {@code itu.ics} keeps its token in
 * {@code itu.ics.sync-token}, one line, written atomically and only after the mirror itself.
 */
final class SyncTokenFile {

	/** What is appended to the mirror's file name. */
	static final String SUFFIX = ".sync-token";

	private final Path path;

	SyncTokenFile(Path mirror) {
		this.path = mirror.resolveSibling(mirror.getFileName() + SUFFIX);
	}

	Path path() {
		return this.path;
	}

	/** The saved token; empty when there is no file or it holds nothing. */
	Optional<String> read() throws IOException {
		try {
			String token = Files.readString(this.path, StandardCharsets.UTF_8).strip();
			return token.isEmpty() ? Optional.empty() : Optional.of(token);
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
	}

	/** Replaces the saved token. */
	void write(String token) throws IOException {
		if (token == null || token.isBlank() || token.strip().contains("\n")) {
			throw new IllegalArgumentException("not a sync token: " + token);
		}
		AtomicFiles.write(this.path, token.strip() + "\n");
	}

}
