package org.govgraph.api.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Map;

import jakarta.servlet.ServletContext;
import org.govgraph.api.errors.CorrelationId;
import org.govgraph.api.errors.JsonErrors;
import org.govgraph.api.limits.ClientBudgets;
import org.govgraph.api.limits.LimitsProperties;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.Lifecycle;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.context.ServletContextAware;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeFailureException;
import org.springframework.web.socket.server.HandshakeHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;
import org.springframework.web.socket.server.support.OriginHandshakeInterceptor;
import org.springframework.web.socket.server.support.WebSocketHandlerMapping;

/**
 * GraphQL over WebSocket (the graphql-ws protocol, {@code graphql-transport-ws}) on the GraphQL
 * path ({@code spring.graphql.websocket.path}), with Boot's {@link GraphQlWebSocketHandler}. The
 * mapping here comes before every other (Boot's own for the path, {@code -2}, is left unused) and
 * takes only WebSocket upgrade requests, so plain GET and POST requests still reach
 * {@link GraphQlOverHttpHandler}. The handshake is an HTTP GET on the path and passes the filters
 * every request passes: the correlation id, Spring Security (a bearer token, when sent, must be
 * valid), the client gate (a client whose budget is spent is refused 429 before the upgrade).
 * <p>
 * Two things differ from Boot's handshake. A handshake refused (a browser's from an origin not
 * listed in {@code spring.graphql.cors.allowed-origins}: 403, as for CORS; a malformed one: 400,
 * 405 or 426) is answered with a GraphQL error body, like every answer on the path, rather than
 * an empty or plain-text one. And the client the gate named and the handshake's correlation id
 * are kept in the WebSocket session, so every operation sent on the connection is charged to the
 * same client's budget and subscription slots, and is logged under the connection's id followed
 * by the operation's ({@code <id>/<operation id>}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("spring.graphql.websocket.path")
class GraphQlOverWebSocket {

	/** Ahead of Boot's mapping for the same path. */
	static final int ORDER = -3;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The WebSocket container reads a message of the size an HTTP request may have (the largest
	 * document plus its envelope), not Tomcat's default of 8 KiB.
	 */
	@Bean
	ServletServerContainerFactoryBean webSocketContainer(LimitsProperties limits) {
		var container = new ServletServerContainerFactoryBean();
		int size = Math.toIntExact(limits.maxDocumentSize().toBytes() + LimitsProperties.ENVELOPE);
		container.setMaxTextMessageBufferSize(size);
		return container;
	}

	@Bean
	HandlerMapping graphQlWebSocketJsonMapping(GraphQlWebSocketHandler handler, GraphQlProperties properties) {
		var http = handler.initWebSocketHttpRequestHandler(new JsonHandshakeHandler());
		var interceptors = new ArrayList<HandshakeInterceptor>();
		for (HandshakeInterceptor interceptor : http.getHandshakeInterceptors()) {
			interceptors.add((interceptor instanceof OriginHandshakeInterceptor origin) ? new JsonOriginCheck(origin) : interceptor);
		}
		interceptors.add(new RequestAttributes());
		http.setHandshakeInterceptors(interceptors);
		var mapping = new WebSocketHandlerMapping();
		mapping.setWebSocketUpgradeMatch(true);
		mapping.setUrlMap(Map.of(properties.getWebsocket().getPath(), http));
		mapping.setOrder(ORDER);
		return mapping;
	}

	/** Copies the handshake request's client and correlation id into the WebSocket session's attributes. */
	static final class RequestAttributes implements HandshakeInterceptor {

		@Override
		public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
				Map<String, Object> attributes) {
			if (request instanceof ServletServerHttpRequest servlet) {
				var http = servlet.getServletRequest();
				if (http.getAttribute(ClientBudgets.CLIENT_ATTRIBUTE) instanceof String client) {
					attributes.put(ClientBudgets.CLIENT_ATTRIBUTE, client);
				}
				attributes.put(CorrelationId.ATTRIBUTE, CorrelationId.assign(http));
			}
			return true;
		}

		@Override
		public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
				Exception exception) {
		}

	}

	/** Boot's origin check, answering a refusal with a GraphQL error. */
	static final class JsonOriginCheck implements HandshakeInterceptor {

		private final OriginHandshakeInterceptor origins;

		JsonOriginCheck(OriginHandshakeInterceptor origins) {
			this.origins = origins;
		}

		@Override
		public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
				Map<String, Object> attributes) throws Exception {
			if (this.origins.beforeHandshake(request, response, handler, attributes)) {
				return true;
			}
			refuse(request, response, HttpStatus.FORBIDDEN, "The origin " + request.getHeaders().getOrigin()
					+ " may not open a WebSocket to this API: list it in spring.graphql.cors.allowed-origins");
			return false;
		}

		@Override
		public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
				Exception exception) {
			this.origins.afterHandshake(request, response, handler, exception);
		}

	}

	/**
	 * Spring's handshake, answering a malformed one with a GraphQL error (its status and headers
	 * kept), by delegation since {@code doHandshake} is final.
	 */
	static final class JsonHandshakeHandler implements HandshakeHandler, Lifecycle, ServletContextAware {

		private final StatusOnly handshake = new StatusOnly();

		@Override
		public boolean doHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
				Map<String, Object> attributes) throws HandshakeFailureException {
			if (this.handshake.doHandshake(request, response, handler, attributes)) {
				return true;
			}
			int status = (response instanceof ServletServerHttpResponse servlet) ? servlet.getServletResponse().getStatus()
					: HttpStatus.BAD_REQUEST.value();
			String message = switch (status) {
				case 405 -> "A WebSocket handshake is a GET request";
				case 426 -> "This server speaks WebSocket version 13 (Sec-WebSocket-Version: 13)";
				default -> "A WebSocket handshake needs Connection: Upgrade, Upgrade: websocket and a Sec-WebSocket-Key";
			};
			try {
				refuse(request, response, HttpStatus.valueOf(status), message);
			}
			catch (IOException ex) {
				throw new HandshakeFailureException("The refusal could not be written", ex);
			}
			return false;
		}

		@Override
		public void setServletContext(ServletContext servletContext) {
			this.handshake.setServletContext(servletContext);
		}

		@Override
		public void start() {
			this.handshake.start();
		}

		@Override
		public void stop() {
			this.handshake.stop();
		}

		@Override
		public boolean isRunning() {
			return this.handshake.isRunning();
		}

	}

	/** Spring's handshake, setting only the status of a refusal: the body is written once it is refused. */
	static final class StatusOnly extends DefaultHandshakeHandler {

		@Override
		protected void handleInvalidUpgradeHeader(ServerHttpRequest request, ServerHttpResponse response) {
			response.setStatusCode(HttpStatus.BAD_REQUEST);
		}

		@Override
		protected void handleInvalidConnectHeader(ServerHttpRequest request, ServerHttpResponse response) {
			response.setStatusCode(HttpStatus.BAD_REQUEST);
		}

	}

	private static void refuse(ServerHttpRequest request, ServerHttpResponse response, HttpStatus status, String message)
			throws IOException {
		var servlet = (request instanceof ServletServerHttpRequest http) ? http.getServletRequest() : null;
		String id = (servlet != null) ? CorrelationId.assign(servlet) : CorrelationId.generate();
		response.setStatusCode(status);
		response.getHeaders().setContentType(JsonErrors.graphQlMediaType(request.getHeaders().getFirst(HttpHeaders.ACCEPT)));
		if (servlet == null || !CorrelationId.sent(servlet)) {
			response.getHeaders().set(CorrelationId.HEADER, id);
		}
		response.getBody().write(JSON.writeValueAsBytes(JsonErrors.graphQl(message, JsonErrors.classification(status.value()), id, Map.of())));
	}

}
