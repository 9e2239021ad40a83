package org.govgraph.api.calendar;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.govgraph.api.security.HmacSecret;
import org.govgraph.api.security.JwtProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Sync tokens and page cursors of {@code eventChanges}, kept by the client, not the server: each
 * is a list of fields (the change-log sequence it stands for, when it was issued, the forum it
 * is scoped to …), base64url each, joined by dots, with an HMAC-SHA256 of them as the last part.
 * They survive restarts and hold across API instances sharing the key. The key is
 * {@code govgraph.calendar.sync-token-secret}, or else one derived from the key of local bearer
 * tokens (HMAC of a fixed label under it), so a bearer token is never a valid sync token nor
 * the reverse.
 */
@Component
public class EventSyncTokens {

	/** The label the derived key is the HMAC of, under the key of local bearer tokens. */
	static final String DERIVATION_LABEL = "govgraph eventChanges sync tokens v1";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final SecretKey key;

	private final Duration ttl;

	private final Clock clock;

	@Autowired
	EventSyncTokens(EventSyncProperties properties, JwtProperties jwt, Environment environment) {
		this(key(properties, jwt, environment), properties.syncTokenTtl(), Clock.systemUTC());
	}

	/** A codec of this key and TTL, by this clock (tests sign tokens with it). */
	public EventSyncTokens(SecretKey key, Duration ttl, Clock clock) {
		this.key = key;
		this.ttl = ttl;
		this.clock = clock;
	}

	private static SecretKey key(EventSyncProperties properties, JwtProperties jwt, Environment environment) {
		if (properties.syncTokenSecret() != null && !properties.syncTokenSecret().isBlank()) {
			return HmacSecret.decode(properties.syncTokenSecret());
		}
		boolean embedded = environment.getProperty("govgraph.embedded-neo4j.enabled", Boolean.class, true)
				&& !environment.containsProperty("spring.neo4j.uri");
		Path dataDirectory = Path.of(environment.getProperty("govgraph.embedded-neo4j.data-directory", "data/neo4j"));
		try {
			return derive(HmacSecret.resolve(jwt.hmacSecret(), embedded, dataDirectory).key());
		}
		catch (IllegalStateException ex) {
			throw new IllegalStateException("No key to sign sync tokens with: set govgraph.calendar.sync-token-secret "
					+ "(base64, at least 256 bits) or govgraph.security.jwt.hmac-secret", ex);
		}
	}

	/** The sync-token key derived from the key of local bearer tokens. */
	public static SecretKey derive(SecretKey bearerTokenKey) {
		return new SecretKeySpec(mac(bearerTokenKey, DERIVATION_LABEL.getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
	}

	/** Now, by this codec's clock. */
	Instant now() {
		return this.clock.instant();
	}

	/** Fields, signed: the text of a token or cursor. */
	public String sign(List<String> fields) {
		var parts = new ArrayList<String>();
		fields.forEach((field) -> parts.add(ENCODER.encodeToString(field.getBytes(StandardCharsets.UTF_8))));
		String body = String.join(".", parts);
		return body + "." + ENCODER.encodeToString(mac(this.key, body.getBytes(StandardCharsets.US_ASCII)));
	}

	/** The fields of a text this codec signed; null when it did not sign it (garbled, forged, another key). */
	public List<String> verify(String text) {
		int split = text.lastIndexOf('.');
		if (split <= 0 || text.length() > 4096) {
			return null;
		}
		String body = text.substring(0, split);
		byte[] signature;
		try {
			signature = DECODER.decode(text.substring(split + 1));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		if (!MessageDigest.isEqual(signature, mac(this.key, body.getBytes(StandardCharsets.US_ASCII)))) {
			return null;
		}
		var fields = new ArrayList<String>();
		for (String part : body.split("\\.", -1)) {
			try {
				fields.add(new String(DECODER.decode(part), StandardCharsets.UTF_8));
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return fields;
	}

	/** Whether something issued at this time is still valid. */
	boolean fresh(Instant issued) {
		Instant now = now();
		return !issued.isAfter(now.plusSeconds(60)) && issued.plus(this.ttl).isAfter(now);
	}

	Duration ttl() {
		return this.ttl;
	}

	private static byte[] mac(SecretKey key, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
