package org.govgraph.calendarsync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFilesTest {

	@TempDir
	Path directory;

	@Test
	void aWriteReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
		Path file = this.directory.resolve("itu.ics");
		Files.writeString(file, "old");
		AtomicFiles.write(file, "new");
		assertThat(Files.readString(file)).isEqualTo("new");
		try (var files = Files.list(this.directory)) {
			assertThat(files.map((p) -> p.getFileName().toString())).containsExactly("itu.ics");
		}
	}

	@Test
	void aWriteThatFailsHalfWayLeavesTheOldFileIntactAndNoTemporaryFile() throws IOException {
		Path file = this.directory.resolve("itu.ics");
		Files.writeString(file, "BEGIN:VCALENDAR old END:VCALENDAR");
		assertThatThrownBy(() -> AtomicFiles.write(file, (out) -> {
			out.write("BEGIN:VCALENDAR half".getBytes());
			throw new IOException("disk full");
		})).isInstanceOf(IOException.class).hasMessage("disk full");
		assertThat(Files.readString(file)).isEqualTo("BEGIN:VCALENDAR old END:VCALENDAR");
		try (var files = Files.list(this.directory)) {
			assertThat(files.map((p) -> p.getFileName().toString())).containsExactly("itu.ics");
		}
	}

	@Test
	void aWriteCreatesAFileThatDidNotExist() throws IOException {
		Path file = this.directory.resolve("new.ics");
		AtomicFiles.write(file, "text");
		assertThat(Files.readString(file)).isEqualTo("text");
	}

}
