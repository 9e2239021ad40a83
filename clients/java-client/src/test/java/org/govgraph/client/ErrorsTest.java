package org.govgraph.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each classification the API sends becomes its typed exception, carrying argument, correlation id and status. */
class ErrorsTest {

	static GraphQlError error(String classification, String argument, String correlationId) {
		var extensions = new java.util.LinkedHashMap<String, Object>();
		extensions.put("classification", classification);
		if (argument != null) {
			extensions.put("argument", argument);
		}
		extensions.put("correlationId", correlationId);
		return GraphQlError.of("message of " + classification, List.of("field"), extensions);
	}

	@Test
	void typedByClassification() {
		assertThat(Errors.exception(List.of(error("NOT_FOUND", "acronym", "c1")), 200, null, null))
			.isExactlyInstanceOf(NotFoundException.class);
		assertThat(Errors.exception(List.of(error("BAD_REQUEST", "first", "c1")), 400, null, null))
			.isExactlyInstanceOf(BadRequestException.class);
		assertThat(Errors.exception(List.of(error("ValidationError", null, "c1")), 400, null, null))
			.isExactlyInstanceOf(BadRequestException.class);
		assertThat(Errors.exception(List.of(error("UNAUTHORIZED", null, "c1")), 200, null, null))
			.isExactlyInstanceOf(UnauthorizedException.class);
		assertThat(Errors.exception(List.of(error("FORBIDDEN", null, "c1")), 200, null, null))
			.isExactlyInstanceOf(ForbiddenException.class);
		assertThat(Errors.exception(List.of(error("LIMIT_EXCEEDED", null, "c1")), 400, null, null))
			.isExactlyInstanceOf(LimitExceededException.class);
		assertThat(Errors.exception(List.of(error("REQUEST_TOO_LARGE", null, "c1")), 400, null, null))
			.isExactlyInstanceOf(LimitExceededException.class);
		assertThat(Errors.exception(List.of(error("SYNC_TOKEN_INVALID", "syncToken", "c1")), 200, null, null))
			.isExactlyInstanceOf(SyncTokenInvalidException.class);
		assertThat(Errors.exception(List.of(error("TIMEOUT", null, "c1")), 504, null, null))
			.isExactlyInstanceOf(RequestTimeoutException.class);
		assertThat(Errors.exception(List.of(error("SERVICE_UNAVAILABLE", null, "c1")), 503, null, null))
			.isExactlyInstanceOf(ServiceUnavailableException.class);
		assertThat(Errors.exception(List.of(error("RATE_LIMITED", null, "c1")), 429, null, null))
			.isExactlyInstanceOf(RateLimitedException.class);
		assertThat(Errors.exception(List.of(error("INTERNAL_ERROR", null, "c1")), 200, null, null))
			.isExactlyInstanceOf(GovernanceGraphException.class);
	}

	@Test
	void carriesArgumentCorrelationIdStatusAndAllErrors() {
		var errors = List.of(error("NOT_FOUND", null, "c1"), error("BAD_REQUEST", "ids[2]", "c1"));
		GovernanceGraphException ex = Errors.exception(errors, 200, "header-id", null);
		assertThat(ex.classification()).isEqualTo("NOT_FOUND");
		assertThat(ex.argument()).isEqualTo("ids[2]");
		assertThat(ex.correlationId()).isEqualTo("c1");
		assertThat(ex.httpStatus()).isEqualTo(200);
		assertThat(ex.errors()).hasSize(2);
		assertThat(ex.getMessage()).isEqualTo("NOT_FOUND (argument 'ids[2]'): message of NOT_FOUND [correlation id c1]");
	}

	@Test
	void theHeaderNamesTheCorrelationIdWhenNoErrorDoesAndTheStatusClassifiesAnErrorWithoutOne() {
		GovernanceGraphException ex = Errors.exception(List.of(), 503, "header-id", null);
		assertThat(ex).isExactlyInstanceOf(ServiceUnavailableException.class);
		assertThat(ex.correlationId()).isEqualTo("header-id");
		assertThat(ex.classification()).isEqualTo("SERVICE_UNAVAILABLE");
	}

	@Test
	void retryAfterFromTheHeaderElseFromTheExtensions() {
		var now = Instant.parse("2026-12-02T05:00:00Z");
		var limited = GraphQlError.of("spent", List.of(), Map.of("classification", "RATE_LIMITED", "retryAfterSeconds", 4));
		assertThat(Errors.retryAfter("9", List.of(limited), now)).isEqualTo(Duration.ofSeconds(9));
		assertThat(Errors.retryAfter(null, List.of(limited), now)).isEqualTo(Duration.ofSeconds(4));
		assertThat(Errors.retryAfter(null, List.of(), now)).isNull();
	}

}
