package org.govgraph.api.http;

import java.util.ArrayList;
import java.util.Map;

import org.govgraph.api.errors.CorrelationId;
import org.govgraph.api.limits.ClientBudgets;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.server.support.WebSocketHandlerMapping;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;

/**
 * GraphQL over WebSocket (the graphql-ws protocol, {@code graphql-transport-ws}) on the GraphQL
 * path, as Boot serves it ({@code spring.graphql.websocket.path}): its handler mapping comes
 * before every other and takes only WebSocket upgrade requests, so plain GET and POST requests
 * still reach {@link GraphQlOverHttpHandler}. The handshake is an HTTP GET on the path and passes
 * the filters every request passes: the correlation id, Spring Security (a bearer token, when
 * sent, must be valid), the client gate (a client whose budget is spent is refused 429 before
 * the upgrade); a browser's handshake from another origin is refused unless that origin is listed
 * in {@code spring.graphql.cors.allowed-origins}, as for CORS.
 * <p>
 * This adds one step to Boot's handshake: the client the gate named and the handshake's
 * correlation id are kept in the WebSocket session, so every operation sent on the connection is
 * charged to the same client's budget and subscription slots, and is logged under the
 * connection's id followed by the operation's ({@code <id>/<operation id>}).
 */
@Configuration(proxyBeanMethods = false)
class GraphQlOverWebSocket {

	@Bean
	static BeanPostProcessor graphQlWebSocketHandshake() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof WebSocketHandlerMapping mapping) {
					mapping.getUrlMap().values().forEach(GraphQlOverWebSocket::keepRequestAttributes);
				}
				return bean;
			}
		};
	}

	private static void keepRequestAttributes(Object handler) {
		if (handler instanceof WebSocketHttpRequestHandler http
				&& WebSocketHandlerDecorator.unwrap(http.getWebSocketHandler()) instanceof GraphQlWebSocketHandler) {
			var interceptors = new ArrayList<>(http.getHandshakeInterceptors());
			interceptors.add(new RequestAttributes());
			http.setHandshakeInterceptors(interceptors);
		}
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

}
