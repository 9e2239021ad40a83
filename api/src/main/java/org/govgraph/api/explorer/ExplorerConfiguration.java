package org.govgraph.api.explorer;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web explorer at {@code /explorer/}: its files come from the {@code explorer} jar
 * ({@code META-INF/resources/explorer/}) and the graph library from its WebJar
 * ({@code /webjars/cytoscape/…}), both served by Boot's static resource handling. Here:
 * {@code /explorer} redirects to {@code /explorer/}, which serves {@code index.html}, and every
 * answer under {@code /explorer} carries a strict Content-Security-Policy (scripts, styles and
 * requests to this origin only, no inline code, no framing). Unknown files stay JSON 404s.
 */
@Configuration(proxyBeanMethods = false)
class ExplorerConfiguration implements WebMvcConfigurer {

	/** What the explorer's pages may load: this origin's files and its GraphQL endpoint, nothing inline. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; "
			+ "frame-ancestors 'none'";

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/explorer", "/explorer/").setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		registry.addViewController("/explorer/").setViewName("forward:/explorer/index.html");
	}

	@Bean
	FilterRegistrationBean<ExplorerHeaders> explorerHeaders() {
		var registration = new FilterRegistrationBean<>(new ExplorerHeaders());
		registration.addUrlPatterns("/explorer", "/explorer/*");
		return registration;
	}

	/** Sets the explorer's security headers before its files are written. */
	static final class ExplorerHeaders extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
			response.setHeader("Referrer-Policy", "no-referrer");
			chain.doFilter(request, response);
		}

	}

}
