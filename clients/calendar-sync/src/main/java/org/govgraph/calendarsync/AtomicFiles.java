package org.govgraph.calendarsync;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Writes a file so that readers see either the old content or the new, never half of it: the
 * bytes go to a temporary file in the same directory, which is forced to disk and then renamed
 * over the target with {@code ATOMIC_MOVE}. When anything fails the temporary file is deleted
 * and the target is left as it was.
 */
final class AtomicFiles {

	/** Writes the content of a file to a stream. */
	@FunctionalInterface
	interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	private AtomicFiles() {
	}

	/** Replaces {@code target} with this text, UTF-8. */
	static void write(Path target, String text) throws IOException {
		write(target, (out) -> out.write(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** Replaces {@code target} with what {@code content} writes; on failure {@code target} is untouched. */
	static void write(Path target, Content content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path directory = absolute.getParent();
		Path temporary = directory.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
		boolean moved = false;
		try {
			// Created with the process's default permissions (umask), then given the old file's.
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				keepPermissions(absolute, temporary);
				OutputStream out = Channels.newOutputStream(channel);
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			try {
				Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				throw new IOException("cannot rename atomically in " + directory + ": " + ex.getMessage(), ex);
			}
			moved = true;
			syncDirectory(directory);
		}
		finally {
			if (!moved) {
				Files.deleteIfExists(temporary);
			}
		}
	}

	private static void keepPermissions(Path target, Path temporary) throws IOException {
		if (Files.exists(target) && Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
			Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
		}
	}

	/** Forces the directory entry of the rename to disk where the platform allows it (not on Windows). */
	private static void syncDirectory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException ex) {
			// Not every file system lets a directory be opened or forced; the rename itself is atomic.
		}
	}

}
