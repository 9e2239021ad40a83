package org.govgraph.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The governance graph API: GraphQL over a Neo4j graph of Internet-governance knowledge. */
@SpringBootApplication(scanBasePackages = "org.govgraph")
@ConfigurationPropertiesScan
public class GovernanceGraphApplication {

	public static void main(String[] args) {
		SpringApplication.run(GovernanceGraphApplication.class, args);
	}

}
