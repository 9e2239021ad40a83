package org.govgraph.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import org.govgraph.seed.DatasetException.Location;

/**
 * The text of the dataset files, in the order {@code index.yaml} lists them, and their
 * checksum: the dataset version recorded in the graph.
 *
 * @param files the listed files, in load order
 * @param checksum SHA-256 over the names and contents of the listed files
 */
public record DatasetFiles(List<File> files, String checksum) {

	/** The curated dataset shipped with this module. */
	public static final String CLASSPATH_LOCATION = "dataset";

	static final String INDEX = "index.yaml";

	/** One dataset file. */
	public record File(String name, String content) {
	}

	/** Reads the dataset shipped on the classpath. */
	public static DatasetFiles fromClasspath() {
		return read((name) -> {
			String resource = CLASSPATH_LOCATION + "/" + name;
			try (InputStream in = DatasetFiles.class.getClassLoader().getResourceAsStream(resource)) {
				if (in == null) {
					return null;
				}
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + resource, ex);
			}
		});
	}

	/** These files and one more (a file under review, say), as one dataset. */
	public DatasetFiles with(String name, String content) {
		var files = new ArrayList<>(this.files);
		files.add(new File(name, content));
		return new DatasetFiles(List.copyOf(files), checksum(files));
	}

	/** Reads a dataset from a directory (a copy under review, say). */
	public static DatasetFiles fromDirectory(Path directory) {
		return read((name) -> {
			Path file = directory.resolve(name);
			if (!Files.isRegularFile(file)) {
				return null;
			}
			try {
				return Files.readString(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + file, ex);
			}
		});
	}

	private static DatasetFiles read(Function<String, String> reader) {
		String index = reader.apply(INDEX);
		if (index == null) {
			throw new DatasetException(new Location(INDEX, 0), "the dataset index is missing");
		}
		var files = new ArrayList<File>();
		for (String name : listedFiles(index)) {
			String content = reader.apply(name);
			if (content == null) {
				throw new DatasetException(new Location(INDEX, 0), "lists " + name + ", which does not exist");
			}
			files.add(new File(name, content));
		}
		return of(files);
	}

	/** These files, in this order, with their checksum (a changed copy of the dataset, say). */
	public static DatasetFiles of(List<File> files) {
		return new DatasetFiles(List.copyOf(files), checksum(files));
	}

	private static List<String> listedFiles(String index) {
		var root = new Yaml(new LoaderOptions()).compose(new java.io.StringReader(index));
		if (!(root instanceof MappingNode mapping)) {
			throw new DatasetException(new Location(INDEX, 1), "must be a mapping with a 'files' list");
		}
		for (var tuple : mapping.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("files")
					&& tuple.getValueNode() instanceof SequenceNode list) {
				var names = new ArrayList<String>();
				for (var item : list.getValue()) {
					if (!(item instanceof ScalarNode scalar) || scalar.getValue().isBlank()
							|| scalar.getValue().contains("/") || scalar.getValue().contains("\\")) {
						throw new DatasetException(new Location(INDEX, item.getStartMark().getLine() + 1),
								"each entry of 'files' must be a plain file name");
					}
					names.add(scalar.getValue());
				}
				return names;
			}
		}
		throw new DatasetException(new Location(INDEX, 1), "must have a 'files' list");
	}

	private static String checksum(List<File> files) {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			for (File file : files) {
				digest.update(file.name().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(file.content().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is a standard algorithm", ex);
		}
	}

}
