package org.govgraph.api.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;

/**
 * HTTP/1.1 over a plain socket, for requests no HTTP client will send: a malformed request line
 * or target, hundreds of headers. The request is sent as given; the response is read to the end
 * (the request asks the server to close the connection).
 */
public final class RawHttp {

	private final int port;

	public RawHttp(int port) {
		this.port = port;
	}

	/** A response: status, headers by lower-case name (the last value of each), body. */
	public record Response(int status, Map<String, String> headers, String body) {

		/** The media type, without parameters. */
		public String contentType() {
			String value = this.headers.get("content-type");
			return (value != null) ? value.split(";")[0].strip() : null;
		}

		public DocumentContext json() {
			return GraphQlHttp.parse(this.body);
		}

	}

	/** Sends a request line and headers (each line without its CRLF) and no body. */
	public Response send(String requestLine, String... headers) {
		var request = new StringBuilder(requestLine).append("\r\n");
		request.append("Host: 127.0.0.1:").append(this.port).append("\r\n");
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		request.append("Connection: close\r\n\r\n");
		try (var socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 5000);
			socket.setSoTimeout(30_000);
			socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			return parse(socket.getInputStream().readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Response parse(byte[] bytes) throws IOException {
		String all = new String(bytes, StandardCharsets.UTF_8);
		int end = all.indexOf("\r\n\r\n");
		String head = (end >= 0) ? all.substring(0, end) : all;
		String rest = (end >= 0) ? all.substring(end + 4) : "";
		String[] lines = head.split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		var headers = new LinkedHashMap<String, String>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
		}
		String body = "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? dechunk(rest) : rest;
		return new Response(status, headers, body);
	}

	private static String dechunk(String chunked) throws IOException {
		var out = new ByteArrayOutputStream();
		InputStream in = new java.io.ByteArrayInputStream(chunked.getBytes(StandardCharsets.UTF_8));
		while (true) {
			var size = new StringBuilder();
			int c;
			while ((c = in.read()) != '\n' && c != -1) {
				if (c != '\r') {
					size.append((char) c);
				}
			}
			int length = Integer.parseInt(size.toString().strip(), 16);
			if (length == 0) {
				return out.toString(StandardCharsets.UTF_8);
			}
			out.write(in.readNBytes(length));
			in.readNBytes(2);
		}
	}

}
