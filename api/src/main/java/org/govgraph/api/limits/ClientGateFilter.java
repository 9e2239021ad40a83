package org.govgraph.api.limits;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.govgraph.api.errors.CorrelationId;
import org.govgraph.api.errors.JsonErrors;

import org.springframework.http.HttpHeaders;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The cheapest refusals, made before a request's body is read: a body far larger than any
 * document the limits accept ({@code 413}; a body without {@code Content-Length}, chunked, is read
 * up to one byte past the limit and no further, and handed on from memory), and a client whose
 * budget is spent ({@code 429} with {@code Retry-After}), typically one that keeps sending
 * requests the limits refuse. So a flood of abusive requests costs the server little, and valid
 * clients keep their share. A spent client's 429 is also held back for a moment
 * ({@code govgraph.limits.refusal-delay}, 200 ms by default) on the request's virtual thread, so a
 * client that ignores {@code Retry-After} and loops cannot turn the cheap refusal into a busy
 * loop of its own; at most {@value #MAX_DELAYED} refusals are held at once, the rest answered at
 * once, so holding them cannot exhaust connections.
 */
@Component
@Order(ClientGateFilter.ORDER)
class ClientGateFilter extends OncePerRequestFilter {

	/**
	 * Just after Spring Security's filter chain (Boot registers it at {@code -100},
	 * {@code spring.security.filter.order}), so a request with a valid bearer token is charged to its
	 * subject, and one with an invalid token is refused before it is charged or read.
	 */
	static final int ORDER = -90;

	/** Room for variables and the JSON envelope, beyond the largest document accepted. */
	static final long ENVELOPE = LimitsProperties.ENVELOPE;

	/** The most refusals held back at once. */
	static final int MAX_DELAYED = 256;

	private final Semaphore delayed = new Semaphore(MAX_DELAYED);

	private final LimitsProperties limits;

	private final ClientBudgets budgets;

	private final String path;

	ClientGateFilter(LimitsProperties limits, ClientBudgets budgets,
			@org.springframework.beans.factory.annotation.Value("${spring.graphql.http.path:/graphql}") String path) {
		this.limits = limits;
		this.budgets = budgets;
		this.path = path;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.path.equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long maxBody = this.limits.maxDocumentSize().toBytes() + ENVELOPE;
		long length = request.getContentLengthLong();
		if (length > maxBody) {
			var details = new LinkedHashMap<String, Object>();
			details.put("limit", "requestSize");
			details.put("max", maxBody);
			details.put("actual", length);
			details.put("exceededBy", length - maxBody);
			refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
					"The request body has " + length + " bytes, at most " + maxBody + " (over by " + (length - maxBody) + ")",
					details);
			return;
		}
		String client = this.budgets.clientKey(request.getHeader(ClientBudgets.API_KEY), request.getRemoteAddr(),
				request.getUserPrincipal());
		request.setAttribute(ClientBudgets.CLIENT_ATTRIBUTE, client);
		long retryAfter = this.budgets.exhaustedForSeconds(client, this.limits.rejectionCost());
		if (retryAfter > 0) {
			var details = new LinkedHashMap<String, Object>();
			details.put("limit", "costPerMinute");
			details.put("max", this.budgets.perMinute());
			details.put("retryAfterSeconds", retryAfter);
			response.setHeader("Retry-After", Long.toString(retryAfter));
			holdBack();
			refuse(request, response, 429, "This client's " + this.budgets.perMinute()
					+ " cost points per minute are spent; retry after " + retryAfter + " s", details);
			return;
		}
		HttpServletRequest checked = request;
		if (length < 0) {
			// No Content-Length (a chunked body): read at most one byte more than allowed, and keep it.
			byte[] body = request.getInputStream().readNBytes((int) maxBody + 1);
			if (body.length > maxBody) {
				var details = new LinkedHashMap<String, Object>();
				details.put("limit", "requestSize");
				details.put("max", maxBody);
				refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
						"The request body has more than " + maxBody + " bytes, at most " + maxBody, details);
				return;
			}
			checked = new CachedBodyRequest(request, body);
		}
		chain.doFilter(checked, response);
	}

	/** Waits the refusal delay before a 429, when this thread may wait and few refusals are waiting. */
	private void holdBack() {
		long millis = this.limits.refusalDelay().toMillis();
		if (millis <= 0 || !Thread.currentThread().isVirtual() || !this.delayed.tryAcquire()) {
			return;
		}
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.delayed.release();
		}
	}

	/** A GraphQL error answer (classified by its status), with the request's correlation id. */
	private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message,
			Map<String, Object> extensions) throws IOException {
		JsonErrors.writeGraphQl(response, request.getHeader(HttpHeaders.ACCEPT), status, message,
				CorrelationId.assign(request), extensions);
	}

	/** The request with its body read already: the filters and handlers after this one read the bytes kept. */
	private static final class CachedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			var bytes = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return bytes.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return bytes.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body is read already");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			var charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
