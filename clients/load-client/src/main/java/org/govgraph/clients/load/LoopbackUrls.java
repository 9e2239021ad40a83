package org.govgraph.clients.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The load client only ever sends to a loopback address: an {@code http} or {@code https} URL whose host is a
 * literal loopback address ({@code 127.0.0.0/8}, {@code ::1}) or {@code localhost} resolving to loopback addresses
 * only. Any other host name is refused without being looked up.
 */
final class LoopbackUrls {

	private LoopbackUrls() {
	}

	/** The URL, parsed; an {@link IllegalArgumentException} naming the reason when it is not a loopback HTTP URL. */
	static URI requireLoopback(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("--url is not a valid URL: " + url);
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new IllegalArgumentException("--url must be an http or https URL: " + url);
		}
		if (uri.getRawUserInfo() != null) {
			throw new IllegalArgumentException("--url must not carry user information: " + url);
		}
		String host = uri.getHost();
		if (host == null || host.isEmpty()) {
			throw new IllegalArgumentException("--url has no host: " + url);
		}
		if (!isLoopbackHost(host)) {
			throw new IllegalArgumentException("--url must point at a loopback address (127.0.0.0/8, ::1 or localhost), not "
					+ host + ": the load client refuses to send load anywhere else");
		}
		return uri;
	}

	static boolean isLoopbackHost(String host) {
		String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
		if (bare.equalsIgnoreCase("localhost")) {
			try {
				InetAddress[] addresses = InetAddress.getAllByName("localhost");
				return addresses.length > 0 && Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress);
			}
			catch (UnknownHostException ex) {
				return false;
			}
		}
		try {
			// A literal only: never a DNS look-up.
			return InetAddress.ofLiteral(bare).isLoopbackAddress();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
