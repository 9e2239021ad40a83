package org.govgraph.api.http;

import java.time.Duration;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.govgraph.api.persisted.PersistedQueries;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP status of each kind of GraphQL response, and which GET documents are mutations. */
class GraphQlOverHttpHandlerTest {

	private static final MediaType GRAPHQL_RESPONSE = MediaTypes.APPLICATION_GRAPHQL_RESPONSE;

	private static final MediaType JSON = MediaType.APPLICATION_JSON;

	private final GraphQlOverHttpHandler handler = new GraphQlOverHttpHandler(
			WebGraphQlHandler.builder((request) -> Mono.empty()).build(), JsonMapper.builder().build(),
			new PersistedQueries(10, 1024 * 1024), Duration.ofSeconds(60));

	@Test
	void classifiedErrorsHaveTheirStatusWhateverTheMediaTypeAndWhetherOrNotThereIsData() {
		for (MediaType mediaType : new MediaType[] { GRAPHQL_RESPONSE, JSON }) {
			for (boolean withData : new boolean[] { false, true }) {
				assertThat(status(withData, mediaType, "SERVICE_UNAVAILABLE")).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
				assertThat(status(withData, mediaType, "RATE_LIMITED")).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
				assertThat(status(withData, mediaType, "REQUEST_TOO_LARGE")).isEqualTo(HttpStatus.BAD_REQUEST);
				assertThat(status(withData, mediaType, "LIMIT_EXCEEDED")).isEqualTo(HttpStatus.BAD_REQUEST);
			}
		}
	}

	@Test
	void theFirstMatchingClassificationWinsInTheOrderOfTheTable() {
		assertThat(GraphQlOverHttpHandler.STATUS_BY_CLASSIFICATION.keySet())
			.containsExactly("SERVICE_UNAVAILABLE", "TIMEOUT", "RATE_LIMITED", "REQUEST_TOO_LARGE", "LIMIT_EXCEEDED");
		assertThat(status(false, GRAPHQL_RESPONSE, "TIMEOUT")).isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
		assertThat(status(false, JSON, "RATE_LIMITED", "TIMEOUT")).isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
		assertThat(status(false, JSON, "LIMIT_EXCEEDED", "SERVICE_UNAVAILABLE")).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(status(false, JSON, "LIMIT_EXCEEDED", "RATE_LIMITED")).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(status(true, GRAPHQL_RESPONSE, "NOT_FOUND", "RATE_LIMITED")).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void otherErrorsFollowTheSpecification() {
		// application/graphql-response+json: a request error (no data) is a 400, a field error a 200.
		assertThat(status(false, GRAPHQL_RESPONSE, "ValidationError")).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(status(false, GRAPHQL_RESPONSE, "InvalidSyntax")).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(status(true, GRAPHQL_RESPONSE, "NOT_FOUND")).isEqualTo(HttpStatus.OK);
		assertThat(status(true, GRAPHQL_RESPONSE, "BAD_REQUEST")).isEqualTo(HttpStatus.OK);
		assertThat(status(true, GRAPHQL_RESPONSE)).isEqualTo(HttpStatus.OK);
		// application/json: 200 for every well-formed request.
		assertThat(status(false, JSON, "ValidationError")).isEqualTo(HttpStatus.OK);
		assertThat(status(false, JSON, "InvalidSyntax")).isEqualTo(HttpStatus.OK);
		assertThat(status(true, JSON, "NOT_FOUND")).isEqualTo(HttpStatus.OK);
	}

	@Test
	void theClassificationIsReadWhereClientsReadIt() {
		// Put by an error in its extensions, without an error type...
		var inExtensions = ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError()
				.message("busy")
				.extensions(Map.of("classification", "SERVICE_UNAVAILABLE"))
				.build())
			.build();
		assertThat(this.handler.selectResponseStatus(response(inExtensions), JSON)).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		// ...or derived from its error type.
		var fromType = ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError().message("slow down").errorType(Kind.RATE_LIMITED).build())
			.build();
		assertThat(this.handler.selectResponseStatus(response(fromType), JSON)).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void aGetIsAMutationWhenTheOperationItSelectsIsOne() {
		assertThat(GraphQlOverHttpHandler.isMutation("mutation { __typename }", null)).isTrue();
		assertThat(GraphQlOverHttpHandler.isMutation("mutation M { x }", "M")).isTrue();
		assertThat(GraphQlOverHttpHandler.isMutation("query Q { x } mutation M { x }", "M")).isTrue();
		assertThat(GraphQlOverHttpHandler.isMutation("query Q { x } mutation M { x }", "Q")).isFalse();
		assertThat(GraphQlOverHttpHandler.isMutation("{ __typename }", null)).isFalse();
		assertThat(GraphQlOverHttpHandler.isMutation("subscription { x }", null)).isFalse();
		// Undetermined operations and unparsable documents are left to execution to report.
		assertThat(GraphQlOverHttpHandler.isMutation("query Q { x } mutation M { x }", null)).isFalse();
		assertThat(GraphQlOverHttpHandler.isMutation("mutation M { x }", "Other")).isFalse();
		assertThat(GraphQlOverHttpHandler.isMutation("mutation {", null)).isFalse();
	}

	private enum Kind implements ErrorClassification {

		RATE_LIMITED

	}

	private HttpStatus status(boolean withData, MediaType mediaType, String... classifications) {
		var result = ExecutionResult.newExecutionResult();
		if (withData) {
			result.data(Map.of("about", Map.of("version", "1")));
		}
		for (String classification : classifications) {
			result.addError(GraphqlErrorBuilder.newError()
				.message("an error")
				.errorType(ErrorClassification.errorClassification(classification))
				.build());
		}
		return this.handler.selectResponseStatus(response(result.build()), mediaType);
	}

	private static WebGraphQlResponse response(ExecutionResult result) {
		return new WebGraphQlResponse(
				new DefaultExecutionGraphQlResponse(ExecutionInput.newExecutionInput("{ __typename }").build(), result));
	}

}
