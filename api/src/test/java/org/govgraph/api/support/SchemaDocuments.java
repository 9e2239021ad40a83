package org.govgraph.api.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;

/**
 * Generated GraphQL requests for a schema, seeded: a random root field with random arguments
 * (real keys and IDs of the seeded graph, hostile strings, impossible dates, out-of-range
 * numbers, malformed IDs and cursors, wrong enum values), passed as literals or as variables,
 * and a random selection of the field's result, nested a few levels. The same seed gives the
 * same requests, so a failure is reproduced by its seed and index.
 */
public final class SchemaDocuments {

	/** A generated request: the document, its variables, and whether to send it with GET. */
	public record Request(String query, Map<String, Object> variables, boolean get) {
	}

	static final List<String> KEYS = List.of("un/wsis/2005/tunis-agenda", "itu/wtpf-13/opinion/5", "itu", "ITU", "PP", "IGF",
			"itu/pp", "itu/wtpf-13", "WTPF-13", "governments", "multistakeholder-model", "role-of-governments",
			"un/wsis/2005/tunis-agenda#para_35", "Resolution 102 (Rev. Guadalajara, 2010)", "curated/E6", "nowhere");

	static final List<String> LABELS = List.of("Instrument", "Paragraph", "Forum", "StakeholderGroup", "Role", "Event",
			"Topic", "Nothing");

	static final List<String> DATES = List.of("2013", "2013-05", "2013-05-14", "2013-02-30", "2013-13", "13", "", "2013-5-1");

	private final GraphQLSchema schema;

	private final Random random;

	private final RandomText text;

	public SchemaDocuments(GraphQLSchema schema, long seed) {
		this.schema = schema;
		this.random = new Random(seed);
		this.text = new RandomText(seed);
	}

	/** The next generated request. */
	public Request next() {
		var root = this.schema.getQueryType();
		var fields = root.getFieldDefinitions();
		var field = fields.get(this.random.nextInt(fields.size()));
		var variables = new LinkedHashMap<String, Object>();
		var declarations = new ArrayList<String>();
		String selection = field(field, 0, variables, declarations);
		String header = declarations.isEmpty() ? "query" : "query(" + String.join(", ", declarations) + ")";
		return new Request(header + " { " + selection + " }", variables, this.random.nextInt(10) == 0);
	}

	private String field(GraphQLFieldDefinition field, int depth, Map<String, Object> variables, List<String> declarations) {
		var arguments = new ArrayList<String>();
		for (GraphQLArgument argument : field.getArguments()) {
			boolean required = argument.getType() instanceof GraphQLNonNull && !argument.hasSetDefaultValue();
			if (!required && this.random.nextInt(3) != 0) {
				continue;
			}
			if (this.random.nextInt(3) == 0) {
				String name = "v" + declarations.size();
				declarations.add("$" + name + ": " + GraphQLTypeUtil.simplePrint(argument.getType()));
				variables.put(name, json(value(argument.getName(), argument.getType(), 0)));
				arguments.add(argument.getName() + ": $" + name);
			}
			else {
				arguments.add(argument.getName() + ": " + literal(value(argument.getName(), argument.getType(), 0)));
			}
		}
		String call = field.getName() + (arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")");
		GraphQLType type = GraphQLTypeUtil.unwrapAll(field.getType());
		if (!(type instanceof GraphQLNamedOutputType named) || GraphQLTypeUtil.isLeaf(type)) {
			return call;
		}
		return call + " { " + selection((GraphQLOutputType) named, depth + 1, variables, declarations) + " }";
	}

	private String selection(GraphQLOutputType type, int depth, Map<String, Object> variables, List<String> declarations) {
		var parts = new ArrayList<String>();
		parts.add("__typename");
		if (type instanceof GraphQLUnionType union) {
			var member = union.getTypes().get(this.random.nextInt(union.getTypes().size()));
			parts.add("... on " + member.getName() + " { " + selection((GraphQLOutputType) member, depth, variables, declarations) + " }");
			return String.join(" ", parts);
		}
		var container = (GraphQLFieldsContainer) type;
		var fields = container.getFieldDefinitions();
		int count = 1 + this.random.nextInt(Math.min(4, fields.size()));
		for (int i = 0; i < count; i++) {
			var field = fields.get(this.random.nextInt(fields.size()));
			boolean composite = !GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(field.getType()));
			if (composite && depth >= 4) {
				continue;
			}
			parts.add(field(field, depth, variables, declarations));
		}
		if (type instanceof GraphQLInterfaceType) {
			var implementations = this.schema.getImplementations((GraphQLInterfaceType) type);
			if (!implementations.isEmpty() && depth < 4) {
				GraphQLObjectType object = implementations.get(this.random.nextInt(implementations.size()));
				parts.add("... on " + object.getName() + " { " + selection(object, depth, variables, declarations) + " }");
			}
		}
		return String.join(" ", parts);
	}

	/** A value for an argument of the given type: mostly plausible, often hostile. */
	private Object value(String name, GraphQLInputType type, int depth) {
		if (type instanceof GraphQLNonNull nonNull) {
			return value(name, (GraphQLInputType) nonNull.getWrappedType(), depth);
		}
		if (this.random.nextInt(12) == 0) {
			return null;
		}
		if (type instanceof GraphQLList list) {
			int size = (this.random.nextInt(15) == 0) ? 101 : this.random.nextInt(4);
			var values = new ArrayList<Object>();
			for (int i = 0; i < size; i++) {
				values.add(value(name, (GraphQLInputType) list.getWrappedType(), depth + 1));
			}
			return values;
		}
		if (type instanceof GraphQLEnumType enumeration) {
			var values = enumeration.getValues();
			return (this.random.nextInt(15) == 0) ? new EnumLiteral("NOT_A_VALUE")
					: new EnumLiteral(values.get(this.random.nextInt(values.size())).getName());
		}
		if (type instanceof GraphQLInputObjectType object) {
			var fields = new LinkedHashMap<String, Object>();
			for (var field : object.getFieldDefinitions()) {
				if (this.random.nextBoolean() && depth < 3) {
					fields.put(field.getName(), value(field.getName(), field.getType(), depth + 1));
				}
			}
			return fields;
		}
		var scalar = (GraphQLScalarType) type;
		return switch (scalar.getName()) {
			case "Int" -> switch (this.random.nextInt(6)) {
				case 0 -> -1 - this.random.nextInt(5);
				case 1 -> 101 + this.random.nextInt(1000);
				case 2 -> 0;
				default -> 1 + this.random.nextInt(name.equals("first") ? 100 : 6);
			};
			case "Boolean" -> this.random.nextBoolean();
			case "ID" -> id();
			default -> string(name);
		};
	}

	private String id() {
		return switch (this.random.nextInt(5)) {
			case 0 -> this.text.next();
			case 1 -> Base64.getUrlEncoder().withoutPadding().encodeToString(this.text.next().getBytes(StandardCharsets.UTF_8));
			default -> Base64.getUrlEncoder().withoutPadding().encodeToString(
					(pick(LABELS) + ":" + pick(KEYS)).getBytes(StandardCharsets.UTF_8));
		};
	}

	private String string(String name) {
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		if ((lower.contains("from") || lower.contains("to") || lower.contains("date")) && this.random.nextBoolean()) {
			return pick(DATES);
		}
		if (lower.equals("after") && this.random.nextBoolean()) {
			return Base64.getUrlEncoder().withoutPadding().encodeToString(
					(pick(List.of("s:", "d:", "x:", "")) + pick(KEYS) + "\n" + pick(KEYS)).getBytes(StandardCharsets.UTF_8));
		}
		return switch (this.random.nextInt(4)) {
			case 0 -> this.text.next();
			default -> pick(KEYS);
		};
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	/** An enum value, written bare in a literal. */
	record EnumLiteral(String name) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	/** A value as a GraphQL literal. */
	static String literal(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof String string) {
			var out = new StringBuilder("\"");
			for (char c : string.toCharArray()) {
				switch (c) {
					case '"' -> out.append("\\\"");
					case '\\' -> out.append("\\\\");
					default -> {
						if (c < 0x20) {
							out.append(String.format("\\u%04x", (int) c));
						}
						else {
							out.append(c);
						}
					}
				}
			}
			return out.append('"').toString();
		}
		if (value instanceof List<?> list) {
			return "[" + String.join(", ", list.stream().map(SchemaDocuments::literal).toList()) + "]";
		}
		if (value instanceof Map<?, ?> map) {
			var entries = new ArrayList<String>();
			map.forEach((k, v) -> entries.add(k + ": " + literal(v)));
			return "{" + String.join(", ", entries) + "}";
		}
		return String.valueOf(value);
	}

	/** Variables as JSON values: enum literals become their names. */
	public static Object json(Object value) {
		if (value instanceof EnumLiteral literal) {
			return literal.name();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(SchemaDocuments::json).toList();
		}
		if (value instanceof Map<?, ?> map) {
			var out = new LinkedHashMap<Object, Object>();
			map.forEach((k, v) -> out.put(k, json(v)));
			return out;
		}
		return value;
	}

}
