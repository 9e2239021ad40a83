package org.govgraph.api.limits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.SourceLocation;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

import org.govgraph.api.graph.ArgumentRanges.Range;

/**
 * What a validated operation would cost before it runs: its depth, its aliases, its cost,
 * the largest {@code first} it asks for, and the arguments whose values are out of range.
 * Every field costs one point; a field that returns several items multiplies the cost of
 * what it selects by the most items it can return:
 * <ul>
 * <li>a connection (a type whose name ends in {@code Connection}) by its {@code first} (20
 * when not given);</li>
 * <li>a list with {@code @listSize(slicingArguments: ["ids"])} by the length of that argument
 * (so {@code nodes(ids:)} with 100 IDs costs 100 times its selection);</li>
 * <li>any other list by its {@code @listSize(assumedSize:)}, or {@value #DEFAULT_LIST_SIZE}
 * when the schema declares none.</li>
 * </ul>
 * Introspection fields count towards cost but not depth, and their lists (types, fields,
 * arguments: bounded by the schema, not by the data) count once, so GraphiQL's schema query works.
 * Fragments are analyzed once each, however often they are spread.
 *
 * @param depth the deepest nesting of fields
 * @param aliases how many fields carry an alias
 * @param cost the cost in points
 * @param largestFirst the largest {@code first} argument, 0 when none
 * @param outOfRange the argument values outside their documented range, in document order
 */
public record QueryAnalysis(int depth, int aliases, long cost, int largestFirst, List<OutOfRange> outOfRange) {

	/** The page size a connection is costed at when {@code first} is not given. */
	static final int DEFAULT_FIRST = 20;

	/** The size a list is costed at when the schema declares no {@code @listSize} for it. */
	static final int DEFAULT_LIST_SIZE = 10;

	/** The schema directive that bounds a list field's size. */
	static final String LIST_SIZE = "listSize";

	/**
	 * An argument value outside its documented range.
	 *
	 * @param argument the argument's name
	 * @param min the least value allowed (for a list: its least length)
	 * @param max the greatest value allowed (for a list: its greatest length)
	 * @param actual the value given (for a list: its length)
	 * @param list whether the argument is a list, bounded in length
	 * @param location where the field sits in the document
	 */
	public record OutOfRange(String argument, long min, long max, long actual, boolean list, SourceLocation location) {
	}


	/** Analyzes one operation of a validated document. */
	public static QueryAnalysis of(GraphQLSchema schema, Document document, OperationDefinition operation,
			Map<String, Object> variables) {
		return of(schema, document, operation, variables, Map.of());
	}

	/** Analyzes one operation of a validated document, checking the arguments named in {@code ranges}. */
	public static QueryAnalysis of(GraphQLSchema schema, Document document, OperationDefinition operation,
			Map<String, Object> variables, Map<String, Range> ranges) {
		var fragments = new HashMap<String, FragmentDefinition>();
		document.getDefinitionsOfType(FragmentDefinition.class).forEach((f) -> fragments.put(f.getName(), f));
		GraphQLCompositeType root = switch (operation.getOperation()) {
			case MUTATION -> schema.getMutationType();
			case SUBSCRIPTION -> schema.getSubscriptionType();
			default -> schema.getQueryType();
		};
		return new Analyzer(schema, fragments, variables, ranges).selections(operation.getSelectionSet(), root);
	}

	private static QueryAnalysis combine(QueryAnalysis a, QueryAnalysis b) {
		List<OutOfRange> outOfRange = a.outOfRange;
		if (!b.outOfRange.isEmpty()) {
			outOfRange = new ArrayList<>(a.outOfRange);
			outOfRange.addAll(b.outOfRange);
		}
		return new QueryAnalysis(Math.max(a.depth, b.depth), a.aliases + b.aliases, a.cost + b.cost,
				Math.max(a.largestFirst, b.largestFirst), outOfRange);
	}

	/** What each write (a field of {@code Mutation}) costs besides what it selects: a write takes the change log's lock. */
	public static final long WRITE_COST = 100;

	private static final QueryAnalysis NOTHING = new QueryAnalysis(0, 0, 0, 0, List.of());

	private record Analyzer(GraphQLSchema schema, Map<String, FragmentDefinition> fragments,
			Map<String, Object> variables, Map<String, Range> ranges, Map<String, QueryAnalysis> memo) {

		Analyzer(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables,
				Map<String, Range> ranges) {
			this(schema, fragments, (variables != null) ? variables : Map.of(), ranges, new HashMap<>());
		}

		QueryAnalysis selections(SelectionSet set, GraphQLCompositeType parent) {
			if (set == null || parent == null) {
				return NOTHING;
			}
			QueryAnalysis result = NOTHING;
			for (Selection<?> selection : set.getSelections()) {
				result = combine(result, selection(selection, parent));
			}
			return result;
		}

		private QueryAnalysis selection(Selection<?> selection, GraphQLCompositeType parent) {
			if (selection instanceof Field field) {
				return field(field, parent);
			}
			if (selection instanceof InlineFragment inline) {
				var type = (inline.getTypeCondition() != null)
						? (GraphQLCompositeType) this.schema.getType(inline.getTypeCondition().getName()) : parent;
				return selections(inline.getSelectionSet(), type);
			}
			if (selection instanceof FragmentSpread spread) {
				var fragment = this.fragments.get(spread.getName());
				if (fragment == null) {
					return NOTHING;
				}
				var cached = this.memo.get(spread.getName());
				if (cached == null) {
					var type = (GraphQLCompositeType) this.schema.getType(fragment.getTypeCondition().getName());
					cached = selections(fragment.getSelectionSet(), type);
					this.memo.put(spread.getName(), cached);
				}
				return cached;
			}
			return NOTHING;
		}

		private QueryAnalysis field(Field field, GraphQLCompositeType parent) {
			boolean introspection = field.getName().startsWith("__");
			int alias = (field.getAlias() != null) ? 1 : 0;
			GraphQLFieldDefinition definition = definition(parent, field.getName());
			if (definition == null) {
				return new QueryAnalysis(introspection ? 0 : 1, alias, 1, 0, List.of());
			}
			GraphQLType type = GraphQLTypeUtil.unwrapAll(definition.getType());
			var children = (type instanceof GraphQLCompositeType composite)
					? selections(field.getSelectionSet(), composite) : NOTHING;
			boolean connection = (type instanceof GraphQLFieldsContainer container)
					&& container.getName().endsWith("Connection");
			int first = connection ? first(field) : 0;
			long size = connection ? first : listSize(field, definition, parent);
			long cost = 1 + size * children.cost;
			if (parent instanceof graphql.schema.GraphQLObjectType object && object == this.schema.getMutationType()) {
				cost += WRITE_COST;
			}
			int depth = introspection ? 0 : 1 + children.depth;
			var outOfRange = outOfRange(field);
			if (!children.outOfRange.isEmpty()) {
				outOfRange = new ArrayList<>(outOfRange);
				outOfRange.addAll(children.outOfRange);
			}
			return new QueryAnalysis(depth, alias + children.aliases, cost, Math.max(first, children.largestFirst),
					outOfRange);
		}

		/**
		 * The most items a field returns: 1 for a single value; for a list, the length of its
		 * slicing argument or its assumed size ({@code @listSize}), else {@value #DEFAULT_LIST_SIZE}.
		 * The edges of a connection are costed by the connection's {@code first}.
		 */
		private long listSize(Field field, GraphQLFieldDefinition definition, GraphQLCompositeType parent) {
			if (!(GraphQLTypeUtil.unwrapNonNull(definition.getType()) instanceof GraphQLList)
					|| (parent instanceof GraphQLFieldsContainer container
							&& (container.getName().endsWith("Connection") || container.getName().startsWith("__")))) {
				return 1;
			}
			var directive = definition.getAppliedDirective(LIST_SIZE);
			if (directive != null) {
				var slicing = directive.getArgument("slicingArguments");
				if (slicing != null && slicing.getValue() instanceof List<?> names) {
					long largest = -1;
					for (Object name : names) {
						largest = Math.max(largest, length(field, String.valueOf(name)));
					}
					if (largest >= 0) {
						return largest;
					}
				}
				var assumed = directive.getArgument("assumedSize");
				if (assumed != null && assumed.getValue() instanceof Number number) {
					return number.longValue();
				}
			}
			return DEFAULT_LIST_SIZE;
		}

		/** The length of a list argument as given, literally or through a variable; -1 when absent. */
		private long length(Field field, String name) {
			for (Argument argument : field.getArguments()) {
				if (argument.getName().equals(name)) {
					Object value = value(argument.getValue());
					if (value instanceof List<?> list) {
						return list.size();
					}
					return (value != null) ? 1 : 0;
				}
			}
			return -1;
		}

		/** A literal's or variable's value: a number, a list (only its length matters), or null. */
		private Object value(Value<?> value) {
			if (value instanceof IntValue integer) {
				return integer.getValue().longValue();
			}
			if (value instanceof ArrayValue array) {
				return array.getValues();
			}
			if (value instanceof VariableReference reference) {
				return this.variables.get(reference.getName());
			}
			return null;
		}

		/** The field's arguments whose values fall outside their documented ranges. */
		private List<OutOfRange> outOfRange(Field field) {
			List<OutOfRange> found = List.of();
			for (Argument argument : field.getArguments()) {
				Range range = this.ranges.get(argument.getName());
				if (range == null) {
					continue;
				}
				Object value = value(argument.getValue());
				long actual;
				if (range.list() && value instanceof List<?> list) {
					actual = list.size();
				}
				else if (!range.list() && value instanceof Number number) {
					actual = number.longValue();
				}
				else {
					continue;
				}
				if (actual < range.min() || actual > range.max()) {
					if (found.isEmpty()) {
						found = new ArrayList<>();
					}
					found.add(new OutOfRange(argument.getName(), range.min(), range.max(), actual, range.list(),
							field.getSourceLocation()));
				}
			}
			return found;
		}

		private GraphQLFieldDefinition definition(GraphQLCompositeType parent, String name) {
			if (name.equals("__schema")) {
				return this.schema.getIntrospectionSchemaFieldDefinition();
			}
			if (name.equals("__type")) {
				return this.schema.getIntrospectionTypeFieldDefinition();
			}
			if (name.equals("__typename")) {
				return this.schema.getIntrospectionTypenameFieldDefinition();
			}
			return (parent instanceof GraphQLFieldsContainer container) ? container.getFieldDefinition(name) : null;
		}

		private int first(Field field) {
			for (Argument argument : field.getArguments()) {
				if (!argument.getName().equals("first")) {
					continue;
				}
				if (argument.getValue() instanceof IntValue value) {
					return Math.max(0, value.getValue().intValue());
				}
				if (argument.getValue() instanceof VariableReference reference
						&& this.variables.get(reference.getName()) instanceof Number number) {
					return Math.max(0, number.intValue());
				}
			}
			return DEFAULT_FIRST;
		}

	}

}
