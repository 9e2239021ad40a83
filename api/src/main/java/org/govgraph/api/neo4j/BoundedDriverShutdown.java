package org.govgraph.api.neo4j;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Closes the Neo4j driver with a time limit when the application stops. The driver's own
 * {@code close()} waits for every connection to be returned; one held by a request that was
 * abandoned at its timeout would make shutdown wait forever. Here the driver gets five
 * seconds, then the process goes on stopping.
 */
@Configuration(proxyBeanMethods = false)
class BoundedDriverShutdown {

	private static final Logger log = LoggerFactory.getLogger(BoundedDriverShutdown.class);

	static final Duration LIMIT = Duration.ofSeconds(5);

	/** Takes the driver's unbounded close off the bean's destruction; the bean below does it instead. */
	@Bean
	static BeanFactoryPostProcessor driverWithoutUnboundedClose() {
		return (ConfigurableListableBeanFactory factory) -> {
			for (String name : factory.getBeanNamesForType(Driver.class, false, false)) {
				if (factory.getBeanDefinition(name) instanceof AbstractBeanDefinition definition) {
					definition.setDestroyMethodName("");
				}
			}
		};
	}

	/**
	 * Closes the driver when the context is destroyed: after the web server has stopped taking
	 * requests, before the embedded Neo4j (which the driver depends on) stops. Not on a mere
	 * lifecycle stop, which a paused test context goes through and comes back from.
	 */
	@Bean
	DisposableBean boundedDriverClose(Driver driver) {
		return () -> {
			try {
				driver.closeAsync().toCompletableFuture().get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (Exception ex) {
				log.warn("The Neo4j driver did not close within {}; stopping without waiting for it", LIMIT);
			}
		};
	}

}
