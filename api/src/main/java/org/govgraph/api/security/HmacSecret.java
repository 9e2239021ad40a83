package org.govgraph.api.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC-SHA256 key local tokens are signed and checked with: the configured one
 * ({@code govgraph.security.jwt.hmac-secret}, base64, at least 32 bytes once decoded), or, for the
 * embedded Neo4j, one generated at first start into {@value #FILE_NAME} beside the data directory
 * (owner read/write only where the file system has POSIX permissions) and read again on later
 * starts. The application and the token command find the same key the same way.
 */
public final class HmacSecret {

	/** The file a generated key is kept in, in the parent of the embedded Neo4j's data directory. */
	public static final String FILE_NAME = "jwt-hmac.secret";

	/** The fewest bytes a key may have: HMAC-SHA256 wants 256 bits. */
	public static final int MIN_BYTES = 32;

	static final String PROPERTY = "govgraph.security.jwt.hmac-secret";

	private HmacSecret() {
	}

	/** A key and where it came from: the file it was read from or generated into, or none when configured. */
	public record Key(SecretKey key, Path file, boolean generated) {

		/** How the key was found, for one log line. */
		public String describe() {
			if (this.file == null) {
				return "the HMAC secret of " + PROPERTY;
			}
			return (this.generated ? "a new HMAC secret generated into " : "the HMAC secret kept in ")
					+ this.file.toAbsolutePath().normalize();
		}

	}

	/** The key of a configured base64 secret; a secret that is not base64 or is too short is refused. */
	public static SecretKey decode(String base64) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(PROPERTY + " is not base64: " + ex.getMessage());
		}
		if (bytes.length < MIN_BYTES) {
			throw new IllegalStateException(PROPERTY + " has " + bytes.length + " bytes once decoded; HMAC-SHA256 needs at least "
					+ MIN_BYTES + " (256 bits): generate one with `openssl rand -base64 32`");
		}
		return new SecretKeySpec(bytes, "HmacSHA256");
	}

	/** Where the key for an embedded Neo4j with this data directory is kept. */
	public static Path fileFor(Path dataDirectory) {
		Path parent = dataDirectory.toAbsolutePath().normalize().getParent();
		return (parent != null) ? parent.resolve(FILE_NAME) : dataDirectory.resolve(FILE_NAME);
	}

	/** The key kept in the file, generated (32 random bytes) when there is no such file yet. */
	public static Key readOrGenerate(Path file) {
		try {
			if (!Files.exists(file)) {
				try {
					generate(file);
					return new Key(read(file), file, true);
				}
				catch (FileAlreadyExistsException raced) {
					// Another process generated it first: use that one.
				}
			}
			return new Key(read(file), file, false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the HMAC secret file " + file, ex);
		}
	}

	/**
	 * The key for the application: the configured secret when there is one; otherwise, with the
	 * embedded Neo4j, the generated one beside its data directory; otherwise none can be chosen.
	 */
	public static Key resolve(String configured, boolean embeddedNeo4j, Path dataDirectory) {
		if (configured != null && !configured.isBlank()) {
			return new Key(decode(configured), null, false);
		}
		if (!embeddedNeo4j) {
			throw new IllegalStateException("No key to check bearer tokens with: with an external Neo4j (spring.neo4j.uri), set "
					+ "spring.security.oauth2.resourceserver.jwt.issuer-uri (or jwk-set-uri) to accept an issuer's tokens, or "
					+ PROPERTY + " (base64, at least 256 bits) to accept tokens of the token command");
		}
		return readOrGenerate(fileFor(dataDirectory));
	}

	private static void generate(Path file) throws IOException {
		byte[] bytes = new byte[MIN_BYTES];
		new SecureRandom().nextBytes(bytes);
		byte[] text = (Base64.getEncoder().encodeToString(bytes) + "\n").getBytes(StandardCharsets.US_ASCII);
		Files.createDirectories(file.toAbsolutePath().getParent());
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		else {
			Files.createFile(file);
		}
		Files.write(file, text);
	}

	private static SecretKey read(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.US_ASCII);
		try {
			return decode(text);
		}
		catch (IllegalStateException ex) {
			throw new IllegalStateException("The HMAC secret file " + file + " is unusable (" + ex.getMessage()
					+ "); delete it to have a new one generated", ex);
		}
	}

}
