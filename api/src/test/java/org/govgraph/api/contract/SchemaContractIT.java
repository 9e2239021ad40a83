package org.govgraph.api.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.govgraph.api.support.SeededApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema the running app serves at {@code /graphql/schema} is the one checked in at
 * {@code clients/schema/schema.graphql}, byte for byte. After a change to the schema, regenerate
 * the file with {@code -Dgovgraph.schema.write=true} on this test (README, "Schema contract").
 */
class SchemaContractIT extends SeededApiTest {

	@Test
	void theServedSchemaIsTheCheckedInOne() throws IOException {
		var response = this.http.get("/graphql/schema");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
		var served = response.body();
		if (Boolean.getBoolean("govgraph.schema.write")) {
			Files.writeString(SchemaContract.root().resolve(SchemaContract.SCHEMA), served, StandardCharsets.UTF_8);
		}
		assertThat(SchemaContract.read(SchemaContract.SCHEMA))
			.as("%s differs from the served schema: regenerate it (README, \"Schema contract\") and list breaking changes in %s",
					SchemaContract.SCHEMA, SchemaContract.CHANGELOG)
			.isEqualTo(served);
	}

}
