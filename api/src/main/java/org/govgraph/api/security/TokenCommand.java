package org.govgraph.api.security;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.crypto.SecretKey;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.boot.convert.DurationStyle;

/**
 * {@code java -jar api.jar token --subject alice --role CURATOR [--role ADMIN] [--ttl 8h]}: prints
 * a bearer token the application accepts, signed with the key it checks local tokens with
 * ({@link HmacSecret}: {@code --govgraph.security.jwt.hmac-secret=…}, else the environment's
 * {@code GOVGRAPH_SECURITY_JWT_HMACSECRET}, else the key file beside the embedded Neo4j's data
 * directory, {@code --govgraph.embedded-neo4j.data-directory=…}, default {@code data/neo4j}).
 * Starts neither the web server nor Neo4j.
 */
public final class TokenCommand {

	/** The first argument that runs this command instead of the application. */
	public static final String NAME = "token";

	static final Duration DEFAULT_TTL = Duration.ofHours(8);

	private static final String USAGE = "usage: token --subject NAME [--role ROLE]... [--ttl 8h] "
			+ "[--govgraph.security.jwt.hmac-secret=BASE64] [--govgraph.embedded-neo4j.data-directory=DIR] "
			+ "[--govgraph.security.jwt.issuer=ISS]";

	private TokenCommand() {
	}

	/** A token's contents. */
	public record Claims(String subject, List<String> roles, String issuer, Instant issuedAt, Duration ttl) {

		public Claims {
			roles = List.copyOf(roles);
		}

	}

	/** A signed HS256 JWT with {@code sub}, {@code roles}, {@code iat}, {@code exp} and {@code iss}. */
	public static String mint(SecretKey key, Claims claims) {
		var set = new JWTClaimsSet.Builder().subject(claims.subject())
			.claim(SecurityConfiguration.ROLES_CLAIM, claims.roles())
			.issuer(claims.issuer())
			.issueTime(Date.from(claims.issuedAt()))
			.expirationTime(Date.from(claims.issuedAt().plus(claims.ttl())))
			.build();
		var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), set);
		try {
			jwt.sign(new MACSigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot sign the token: " + ex.getMessage(), ex);
		}
		return jwt.serialize();
	}

	/** Runs the command with the arguments after {@code token}; the exit status (0, or 2 for bad arguments). */
	public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
		String subject = null;
		List<String> roles = new ArrayList<>();
		Duration ttl = DEFAULT_TTL;
		String secret = environment.get("GOVGRAPH_SECURITY_JWT_HMACSECRET");
		String dataDirectory = "data/neo4j";
		String issuer = JwtProperties.DEFAULT_ISSUER;
		try {
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				if (arg.startsWith("--") && arg.contains("=")) {
					String name = arg.substring(2, arg.indexOf('='));
					String value = arg.substring(arg.indexOf('=') + 1);
					switch (name) {
						case "subject" -> subject = value;
						case "role" -> roles.add(value);
						case "ttl" -> ttl = DurationStyle.detectAndParse(value);
						case HmacSecret.PROPERTY -> secret = value;
						case "govgraph.embedded-neo4j.data-directory" -> dataDirectory = value;
						case "govgraph.security.jwt.issuer" -> issuer = value;
						default -> throw new IllegalArgumentException("unknown option " + arg);
					}
					continue;
				}
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException("missing value of " + arg);
				}
				String value = args[++i];
				switch (arg) {
					case "--subject" -> subject = value;
					case "--role" -> roles.add(value);
					case "--ttl" -> ttl = DurationStyle.detectAndParse(value);
					default -> throw new IllegalArgumentException("unknown option " + arg);
				}
			}
			if (subject == null || subject.isBlank()) {
				throw new IllegalArgumentException("--subject is required");
			}
			if (ttl.isNegative() || ttl.isZero()) {
				throw new IllegalArgumentException("--ttl must be positive");
			}
		}
		catch (IllegalArgumentException ex) {
			err.println("token: " + ex.getMessage());
			err.println(USAGE);
			return 2;
		}
		var key = HmacSecret.resolve(secret, true, Path.of(dataDirectory));
		err.println("token: signed with " + key.describe());
		out.println(mint(key.key(), new Claims(subject, roles, issuer, Instant.now(), ttl)));
		return 0;
	}

}
