package org.govgraph.calendarsync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SyncTokenFileTest {

	@TempDir
	Path directory;

	@Test
	void theTokenIsKeptNextToTheMirrorAndReadBack() throws IOException {
		var file = new SyncTokenFile(this.directory.resolve("itu.ics"));
		assertThat(file.path()).isEqualTo(this.directory.resolve("itu.ics.sync-token"));
		assertThat(file.read()).isEmpty();
		file.write("ZXZlbnRDaGFuZ2VzLXN5bmMtdjE.MTI1.abc");
		assertThat(Files.readString(file.path())).isEqualTo("ZXZlbnRDaGFuZ2VzLXN5bmMtdjE.MTI1.abc\n");
		assertThat(file.read()).contains("ZXZlbnRDaGFuZ2VzLXN5bmMtdjE.MTI1.abc");
	}

	@Test
	void anEmptyTokenFileHoldsNoToken() throws IOException {
		var file = new SyncTokenFile(this.directory.resolve("itu.ics"));
		Files.writeString(file.path(), " \n");
		assertThat(file.read()).isEmpty();
	}

}
