package org.govgraph.api.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a delivery: {@code sha256=} and the lowercase hex HMAC-SHA256 of the raw
 * request body, keyed with the webhook's secret (as UTF-8 bytes), in the header
 * {@link #HEADER}. The body carries its own {@code sentAt}, so the signature covers the time too.
 */
public final class WebhookSignature {

	/** The header holding the signature. */
	public static final String HEADER = "X-Govgraph-Signature";

	/** The header holding the delivery's id (the same for every attempt: receivers drop repeats by it). */
	public static final String DELIVERY_HEADER = "X-Govgraph-Delivery";

	/** The header holding the attempt's time, in seconds since the epoch (the body's {@code sentAt}). */
	public static final String TIMESTAMP_HEADER = "X-Govgraph-Timestamp";

	private WebhookSignature() {
	}

	/** The header's value for this body and secret. */
	public static String of(String secret, byte[] body) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
