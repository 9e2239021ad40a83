package org.govgraph.api.graph;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.govgraph.model.graph.GraphNode;
import org.govgraph.model.vocabulary.NodeLabel;

/**
 * The opaque, stable global ID of a node: its label and key, base64url-encoded. The same
 * node has the same ID across restarts and reloads, because both parts are stable.
 *
 * @param label the node's label
 * @param key the node's key
 */
public record GlobalId(NodeLabel label, String key) {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	public static String of(GraphNode node) {
		return new GlobalId(node.label(), node.key()).encoded();
	}

	public String encoded() {
		return ENCODER.encodeToString((this.label.label() + ":" + this.key).getBytes(StandardCharsets.UTF_8));
	}

	/** Reads an ID given in the named argument; a malformed one is a {@code BAD_REQUEST}. */
	public static GlobalId parse(String id, String argument) {
		String text;
		try {
			text = new String(DECODER.decode(id), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw malformed(id, argument);
		}
		int colon = text.indexOf(':');
		if (colon <= 0 || colon == text.length() - 1) {
			throw malformed(id, argument);
		}
		var label = NodeLabel.ofLabel(text.substring(0, colon)).orElseThrow(() -> malformed(id, argument));
		return new GlobalId(label, text.substring(colon + 1));
	}

	private static ApiException malformed(String id, String argument) {
		return ApiException.badRequest(argument, "'" + abbreviate(id) + "' is not a valid ID (argument '" + argument + "')");
	}

	static String abbreviate(String value) {
		return (value.length() > 80) ? value.substring(0, 77) + "..." : value;
	}

}
