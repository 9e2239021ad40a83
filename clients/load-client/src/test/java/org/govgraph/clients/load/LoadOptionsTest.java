package org.govgraph.clients.load;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LoadOptionsTest {

	@Test
	void defaults() {
		assertThat(LoadOptions.parse()).isEqualTo(new LoadOptions(URI.create("http://127.0.0.1:8080/graphql"), 50,
				Duration.ofSeconds(30), Duration.ofSeconds(10), 0, "loadclient-valid", false, 1.5, 200,
				Duration.ofSeconds(10)));
	}

	@Test
	void everyOption() {
		var options = LoadOptions.parse("--url=http://localhost:18080/graphql", "--rate=20", "--duration=15",
				"--warmup=5", "--flood-threads=4", "--api-key=k1", "--compare", "--max-ratio=1.25", "--max-in-flight=64",
				"--timeout=3");
		assertThat(options).isEqualTo(new LoadOptions(URI.create("http://localhost:18080/graphql"), 20,
				Duration.ofSeconds(15), Duration.ofSeconds(5), 4, "k1", true, 1.25, 64, Duration.ofSeconds(3)));
		assertThat(options.withoutFlood()).isEqualTo(new LoadOptions(URI.create("http://localhost:18080/graphql"), 20,
				Duration.ofSeconds(15), Duration.ofSeconds(5), 0, "k1", false, 1.25, 64, Duration.ofSeconds(3)));
	}

	@Test
	void anEmptyApiKeyMeansNone() {
		assertThat(LoadOptions.parse("--api-key=").apiKey()).isEmpty();
	}

	@Test
	void compareTakesTrueOrFalseOrNothing() {
		assertThat(LoadOptions.parse("--compare=true", "--flood-threads=1").compare()).isTrue();
		assertThat(LoadOptions.parse("--compare=false").compare()).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> LoadOptions.parse("--compare=yes", "--flood-threads=1"))
			.withMessage("--compare takes no value, or true or false, got: yes");
	}

	@Test
	void badArgumentsAreNamed() {
		assertThatIllegalArgumentException().isThrownBy(() -> LoadOptions.parse("--rate=fast"))
			.withMessage("--rate must be a whole number, got: fast");
		assertThatIllegalArgumentException().isThrownBy(() -> LoadOptions.parse("--rate=0"))
			.withMessage("--rate must be at least 1, got: 0");
		assertThatIllegalArgumentException().isThrownBy(() -> LoadOptions.parse("--warmup=-1"))
			.withMessage("--warmup must be at least 0, got: -1");
		assertThatIllegalArgumentException().isThrownBy(() -> LoadOptions.parse("--max-ratio=0"))
			.withMessage("--max-ratio must be a positive number, got: 0");
		assertThatIllegalArgumentException().isThrownBy(() -> LoadOptions.parse("--max-ratio=NaN"))
			.withMessage("--max-ratio must be a positive number, got: NaN");
		assertThatIllegalArgumentException().isThrownBy(() -> LoadOptions.parse("--threads=3"))
			.withMessage("unknown option: --threads");
		assertThatIllegalArgumentException().isThrownBy(() -> LoadOptions.parse("--rate"))
			.withMessage("--rate needs a value: --rate=...");
		assertThatIllegalArgumentException().isThrownBy(() -> LoadOptions.parse("rate=3"))
			.withMessage("expected --name=value, got: rate=3");
		assertThatIllegalArgumentException().isThrownBy(() -> LoadOptions.parse("--rate=3", "--rate=4"))
			.withMessage("option given twice: --rate");
		assertThatIllegalArgumentException().isThrownBy(() -> LoadOptions.parse("--compare"))
			.withMessage("--compare needs --flood-threads greater than 0");
	}

	@Test
	void helpIsRecognized() {
		assertThat(LoadOptions.wantsHelp("--rate=3", "--help")).isTrue();
		assertThat(LoadOptions.wantsHelp("--rate=3")).isFalse();
	}

	@Test
	void loopbackUrlsAreAccepted() {
		assertThat(LoadOptions.parse("--url=http://127.0.0.1:18080/graphql").url())
			.isEqualTo(URI.create("http://127.0.0.1:18080/graphql"));
		assertThat(LoadOptions.parse("--url=http://127.8.9.10/graphql").url())
			.isEqualTo(URI.create("http://127.8.9.10/graphql"));
		assertThat(LoadOptions.parse("--url=http://[::1]:8080/graphql").url())
			.isEqualTo(URI.create("http://[::1]:8080/graphql"));
		assertThat(LoadOptions.parse("--url=https://LOCALHOST:8443/graphql").url())
			.isEqualTo(URI.create("https://LOCALHOST:8443/graphql"));
	}

	@Test
	void nonLoopbackUrlsAreRefused() {
		for (String host : new String[] { "10.0.0.1", "192.168.1.10", "0.0.0.0", "[::]", "[2001:db8::1]", "example.com",
				"127.0.0.1.nip.io", "localhost.example.com" }) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> LoadOptions.parse("--url=http://" + host + ":8080/graphql"))
				.withMessageStartingWith("--url must point at a loopback address (127.0.0.0/8, ::1 or localhost), not "
						+ host);
		}
		assertThatIllegalArgumentException().isThrownBy(() -> LoadOptions.parse("--url=ftp://127.0.0.1/graphql"))
			.withMessage("--url must be an http or https URL: ftp://127.0.0.1/graphql");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LoadOptions.parse("--url=http://127.0.0.1@example.com/graphql"))
			.withMessage("--url must not carry user information: http://127.0.0.1@example.com/graphql");
		assertThatIllegalArgumentException().isThrownBy(() -> LoadOptions.parse("--url=/graphql"))
			.withMessage("--url must be an http or https URL: /graphql");
		assertThatIllegalArgumentException().isThrownBy(() -> LoadOptions.parse("--url=http:// bad"))
			.withMessage("--url is not a valid URL: http:// bad");
	}

	@Test
	void hostNamesOtherThanLocalhostAreNeverLookedUp() {
		// A name that would resolve to loopback is still refused: only literals and localhost are trusted.
		assertThat(LoopbackUrls.isLoopbackHost("localtest.me")).isFalse();
		assertThat(LoopbackUrls.isLoopbackHost("127.0.0.1")).isTrue();
		assertThat(LoopbackUrls.isLoopbackHost("[::1]")).isTrue();
		assertThat(LoopbackUrls.isLoopbackHost("::ffff:127.0.0.1")).isTrue();
	}

}
