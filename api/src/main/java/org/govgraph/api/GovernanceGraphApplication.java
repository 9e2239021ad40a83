package org.govgraph.api;

import java.util.Arrays;

import org.govgraph.api.security.TokenCommand;
import org.govgraph.seed.synthetic.GenerateCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The governance graph API: GraphQL over a Neo4j graph of Internet-governance knowledge. */
@SpringBootApplication(scanBasePackages = "org.govgraph")
@ConfigurationPropertiesScan
public class GovernanceGraphApplication {

	/**
	 * Runs the API; {@code token …} prints a local bearer token instead ({@link TokenCommand}), and
	 * {@code generate …} loads a synthetic graph into a data directory ({@link GenerateCommand}).
	 */
	public static void main(String[] args) {
		if (args.length > 0 && TokenCommand.NAME.equals(args[0])) {
			System.exit(TokenCommand.run(Arrays.copyOfRange(args, 1, args.length), System.getenv(), System.out, System.err));
		}
		if (args.length > 0 && GenerateCommand.NAME.equals(args[0])) {
			System.exit(GenerateCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		SpringApplication.run(GovernanceGraphApplication.class, args);
	}

}
