package org.govgraph.api.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** How the key of local tokens is found: configured, generated once beside the embedded data directory, or refused. */
class HmacSecretTest {

	@Test
	void aConfiguredSecretMustBeBase64OfAtLeast32Bytes() {
		String short31 = Base64.getEncoder().encodeToString(new byte[31]);
		assertThatIllegalStateException().isThrownBy(() -> HmacSecret.decode(short31))
			.withMessage("govgraph.security.jwt.hmac-secret has 31 bytes once decoded; HMAC-SHA256 needs at least 32 "
					+ "(256 bits): generate one with `openssl rand -base64 32`");
		assertThatIllegalStateException().isThrownBy(() -> HmacSecret.decode("not base64!"))
			.withMessageStartingWith("govgraph.security.jwt.hmac-secret is not base64");
		assertThat(HmacSecret.decode(Base64.getEncoder().encodeToString(new byte[32])).getEncoded()).hasSize(32);
	}

	@Test
	void theEmbeddedDefaultGeneratesAKeyOwnerReadableOnlyAndKeepsIt(@TempDir Path home) throws Exception {
		Path data = home.resolve("data/neo4j");
		var first = HmacSecret.resolve(null, true, data);
		var second = HmacSecret.resolve("", true, data);

		assertThat(first.file()).isEqualTo(home.resolve("data/jwt-hmac.secret").toAbsolutePath());
		assertThat(first.generated()).isTrue();
		assertThat(second.generated()).isFalse();
		assertThat(second.key().getEncoded()).isEqualTo(first.key().getEncoded()).hasSize(32);
		assertThat(first.describe()).isEqualTo("a new HMAC secret generated into " + first.file());
		assertThat(second.describe()).isEqualTo("the HMAC secret kept in " + first.file());
		if (Files.getFileStore(home).supportsFileAttributeView("posix")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.file()))).isEqualTo("rw-------");
		}
	}

	@Test
	void aConfiguredSecretWinsOverTheFile(@TempDir Path home) {
		String secret = Base64.getEncoder().encodeToString("another-key-that-has-32-bytes-ok".getBytes(StandardCharsets.US_ASCII));
		var key = HmacSecret.resolve(secret, true, home.resolve("data/neo4j"));
		assertThat(key.file()).isNull();
		assertThat(Files.exists(home.resolve("data/jwt-hmac.secret"))).isFalse();
	}

	@Test
	void anExternalNeo4jWithoutSecretOrIssuerIsAStartupFailureSayingWhatToSet(@TempDir Path home) {
		assertThatIllegalStateException().isThrownBy(() -> HmacSecret.resolve(null, false, home))
			.withMessageContaining("spring.security.oauth2.resourceserver.jwt.issuer-uri")
			.withMessageContaining("govgraph.security.jwt.hmac-secret");
	}

	@Test
	void anUnusableKeyFileIsNamedInTheFailure(@TempDir Path home) throws Exception {
		Path file = home.resolve(HmacSecret.FILE_NAME);
		Files.writeString(file, "c2hvcnQ=");
		assertThatIllegalStateException().isThrownBy(() -> HmacSecret.readOrGenerate(file))
			.withMessageStartingWith("The HMAC secret file " + file + " is unusable");
	}

}
