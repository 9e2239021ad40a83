package org.govgraph.api.explorer;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.govgraph.api.support.GraphQlHttp;
import org.govgraph.api.support.SeededApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer's files over HTTP, as the browser gets them: {@code /explorer} redirects to
 * {@code /explorer/}, which is the page; its HTML, JavaScript modules, stylesheet and the graph
 * library's WebJar have their content types, public to anonymous GETs, with the strict
 * Content-Security-Policy; an unknown file is a JSON 404 problem like any path, and the rest of
 * the application keeps its JSON answers and carries no explorer policy.
 */
class ExplorerHttpIT extends SeededApiTest {

	private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

	@Test
	void explorerWithoutSlashRedirectsToThePage() {
		var redirect = this.http.get("/explorer");
		assertThat(redirect.statusCode()).isEqualTo(301);
		assertThat(redirect.headers().firstValue("Location")).hasValue("/explorer/");

		var page = this.http.get("/explorer/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(CSP);
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(page.body()).contains("<script type=\"module\" src=\"app.js\"></script>")
			.contains("<script src=\"../webjars/cytoscape/dist/cytoscape.min.js\" defer></script>")
			.doesNotContain("<style")
			.doesNotContain(" style=")
			.doesNotContainPattern("<script>|<script type=\"module\">|\\son[a-z]+=|https?://");
		assertThat(this.http.get("/explorer/index.html").body()).isEqualTo(page.body());
	}

	@Test
	void scriptsStylesAndTheGraphLibraryHaveTheirContentTypes() {
		for (String module : new String[] { "app.js", "api.js", "dom.js", "search.js", "entities.js", "graph.js", "path.js",
				"timeline.js" }) {
			var js = this.http.get("/explorer/" + module);
			assertThat(js.statusCode()).as(module).isEqualTo(200);
			assertThat(js.headers().firstValue("Content-Type")).as(module).hasValue("text/javascript");
			assertThat(js.headers().firstValue("Content-Security-Policy")).as(module).hasValue(CSP);
			assertThat(js.body()).as(module).doesNotContainPattern("\\.innerHTML|\\beval\\(|new Function|\\.style\\s*=");
		}
		var css = this.http.get("/explorer/explorer.css");
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css");
		assertThat(css.body()).contains("prefers-color-scheme: dark");

		var cytoscape = this.http.get("/webjars/cytoscape/dist/cytoscape.min.js");
		assertThat(cytoscape.statusCode()).isEqualTo(200);
		assertThat(cytoscape.headers().firstValue("Content-Type")).hasValue("text/javascript");
		assertThat(this.http.get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js").body()).isEqualTo(cytoscape.body());
	}

	@Test
	void anUnknownFileIsAJsonProblemAndTheRestStaysJsonWithoutTheExplorersPolicy() {
		HttpResponse<String> missing = this.http.get("/explorer/no-such.js");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		var problem = GraphQlHttp.parse(missing.body());
		assertThat(problem.read("$.detail", String.class)).isEqualTo("Nothing is served at /explorer/no-such.js");
		assertThat(problem.read("$.correlationId", String.class))
			.isEqualTo(missing.headers().firstValue("X-Correlation-Id").orElseThrow());

		HttpResponse<String> elsewhere = this.http.get("/no-such-page");
		assertThat(elsewhere.statusCode()).isEqualTo(404);
		assertThat(elsewhere.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(elsewhere.headers().firstValue("Content-Security-Policy")).isEmpty();

		var graphql = this.http.post("{ __typename }", Map.of());
		assertThat(graphql.statusCode()).isEqualTo(200);
		assertThat(graphql.headers().firstValue("Content-Type")).hasValue("application/graphql-response+json");
		assertThat(graphql.headers().firstValue("Content-Security-Policy")).isEmpty();

		var post = this.http.send(this.http.request("/explorer/").POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(post.statusCode()).isEqualTo(405);
		assertThat(post.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
	}

}
