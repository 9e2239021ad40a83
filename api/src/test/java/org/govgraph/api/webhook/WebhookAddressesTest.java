package org.govgraph.api.webhook;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which webhook URLs are refused, with loopback allowed or not, and the signature's form. */
class WebhookAddressesTest {

	@Test
	void loopbackIsRefusedUnlessAllowed() {
		var strict = new WebhookAddresses(false);
		assertThat(strict.refusal("http://127.0.0.1:8080/hook")).isEqualTo(
				"the host 127.0.0.1 resolves to 127.0.0.1, a loopback address (allowed only with govgraph.webhooks.allow-loopback=true)");
		assertThat(strict.refusal("http://[::1]/hook")).isEqualTo(
				"the host ::1 resolves to 0:0:0:0:0:0:0:1, a loopback address (allowed only with govgraph.webhooks.allow-loopback=true)");
		assertThat(strict.refusal("http://[::ffff:10.1.2.3]/hook")).isEqualTo(
				"the host ::ffff:10.1.2.3 resolves to 10.1.2.3, an address in a private, link-local or otherwise internal range");
		assertThat(strict.refusal("https://100.64.0.1/")).isEqualTo(
				"the host 100.64.0.1 resolves to 100.64.0.1, an address in a private, link-local or otherwise internal range");
		assertThat(strict.refusal("https://[fe80::1]/")).isEqualTo(
				"the host fe80::1 resolves to fe80:0:0:0:0:0:0:1, an address in a private, link-local or otherwise internal range");
		assertThat(strict.refusal("https://224.0.0.1/")).isEqualTo(
				"the host 224.0.0.1 resolves to 224.0.0.1, an address in a private, link-local or otherwise internal range");
		assertThat(strict.refusal("https://93.184.215.14/hook")).isNull();
		assertThat(strict.refusal("gopher://93.184.215.14/")).isEqualTo("only http and https URLs are accepted");
		assertThat(strict.refusal("https:///no-host")).isEqualTo("the URL names no host");

		var local = new WebhookAddresses(true);
		assertThat(local.refusal("http://127.0.0.1:8080/hook")).isNull();
		assertThat(local.refusal("http://172.16.0.5/")).isEqualTo(
				"the host 172.16.0.5 resolves to 172.16.0.5, an address in a private, link-local or otherwise internal range");
	}

	@Test
	void theSignatureIsTheHexHmacSha256OfTheBody() {
		// RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?".
		assertThat(WebhookSignature.of("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
	}

}
