package org.govgraph.api.errors;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link JsonErrorReportValve} on Tomcat's Host in place of the HTML error report valve that
 * Boot adds (its {@code TomcatWebServerFactoryCustomizer} does so when stack traces are never
 * shown, the default) or that Tomcat itself adds at start: the Host's error report valve class is
 * set to ours, so the Host, finding one in its pipeline, adds no other.
 */
@Configuration(proxyBeanMethods = false)
class JsonErrorsConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorReportValve(
			@Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
		return new JsonErrorReportValveCustomizer(graphQlPath);
	}

	/** Runs after Boot's own customizers, so that their context customizers have run when ours does. */
	private record JsonErrorReportValveCustomizer(String graphQlPath)
			implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers((context) -> {
				Host host = (Host) context.getParent();
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve && !(valve instanceof JsonErrorReportValve)) {
						host.getPipeline().removeValve(valve);
					}
				}
				var valve = new JsonErrorReportValve();
				valve.setGraphQlPath(this.graphQlPath);
				host.getPipeline().addValve(valve);
				if (host instanceof StandardHost standard) {
					standard.setErrorReportValveClass(JsonErrorReportValve.class.getName());
				}
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
