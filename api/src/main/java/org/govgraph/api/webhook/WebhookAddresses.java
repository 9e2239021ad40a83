package org.govgraph.api.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which URLs a webhook may have, so that the feature cannot be turned against internal
 * services: {@code http} or {@code https} only, with a host whose every address is public.
 * Loopback, private (10/8, 172.16/12, 192.168/16), link-local (169.254/16, fe80::/10, cloud
 * metadata services among them), unique-local (fc00::/7), any-local, multicast and CGNAT
 * (100.64/10) addresses are refused; loopback is accepted only when
 * {@code govgraph.webhooks.allow-loopback} is true. Checked at registration and again before
 * every attempt, since what a name resolves to may change.
 */
final class WebhookAddresses {

	private final boolean allowLoopback;

	WebhookAddresses(boolean allowLoopback) {
		this.allowLoopback = allowLoopback;
	}

	/** Why the URL is refused; null when it is accepted. */
	String refusal(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			return "not a valid URL: " + ex.getReason();
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : null;
		if (!"http".equals(scheme) && !"https".equals(scheme)) {
			return "only http and https URLs are accepted";
		}
		if (uri.getRawUserInfo() != null) {
			return "a webhook URL may not carry a user name or password";
		}
		String host = uri.getHost();
		if (host == null || host.isEmpty()) {
			return "the URL names no host";
		}
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host);
		}
		catch (UnknownHostException ex) {
			return "the host " + host + " cannot be resolved";
		}
		for (InetAddress address : addresses) {
			String refused = refusal(address);
			if (refused != null) {
				return "the host " + host + " resolves to " + address.getHostAddress() + ", " + refused;
			}
		}
		return null;
	}

	private String refusal(InetAddress address) {
		if (address.isLoopbackAddress()) {
			return this.allowLoopback ? null
					: "a loopback address (allowed only with govgraph.webhooks.allow-loopback=true)";
		}
		if (address.isAnyLocalAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
				|| address.isMulticastAddress() || internal(address.getAddress())) {
			return "an address in a private, link-local or otherwise internal range";
		}
		return null;
	}

	/** Ranges {@link InetAddress} does not name: CGNAT, 0/8, IPv6 unique-local and IPv4-mapped internal addresses. */
	private boolean internal(byte[] bytes) {
		if (bytes.length == 4) {
			int a = bytes[0] & 0xff;
			int b = bytes[1] & 0xff;
			return a == 0 || (a == 100 && b >= 64 && b < 128) || (a == 192 && b == 0 && (bytes[2] & 0xff) == 0)
					|| a >= 240;
		}
		if ((bytes[0] & 0xfe) == 0xfc) {
			return true;
		}
		boolean mapped = true;
		for (int i = 0; i < 10; i++) {
			mapped &= bytes[i] == 0;
		}
		if (mapped && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
			try {
				var v4 = InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16));
				return refusal(v4) != null;
			}
			catch (UnknownHostException ex) {
				return true;
			}
		}
		return false;
	}

}
