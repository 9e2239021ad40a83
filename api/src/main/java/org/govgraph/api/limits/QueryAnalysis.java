package org.govgraph.api.limits;

import java.util.HashMap;
import java.util.Map;

import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * What a validated operation would cost before it runs: its depth, its aliases, its cost,
 * and the largest {@code first} it asks for. Every field costs one point; a connection
 * (a field whose type ends in {@code Connection}) costs one point plus {@code first} (20
 * when not given) times the cost of what it selects. Introspection fields count towards
 * cost but not depth, so GraphiQL's schema query works. Fragments are analyzed once each,
 * however often they are spread.
 *
 * @param depth the deepest nesting of fields
 * @param aliases how many fields carry an alias
 * @param cost the cost in points
 * @param largestFirst the largest {@code first} argument, 0 when none
 */
public record QueryAnalysis(int depth, int aliases, long cost, int largestFirst) {

	/** The page size a connection is costed at when {@code first} is not given. */
	static final int DEFAULT_FIRST = 20;

	/** Analyzes one operation of a validated document. */
	public static QueryAnalysis of(GraphQLSchema schema, Document document, OperationDefinition operation,
			Map<String, Object> variables) {
		var fragments = new HashMap<String, FragmentDefinition>();
		document.getDefinitionsOfType(FragmentDefinition.class).forEach((f) -> fragments.put(f.getName(), f));
		GraphQLCompositeType root = switch (operation.getOperation()) {
			case MUTATION -> schema.getMutationType();
			case SUBSCRIPTION -> schema.getSubscriptionType();
			default -> schema.getQueryType();
		};
		return new Analyzer(schema, fragments, variables).selections(operation.getSelectionSet(), root);
	}

	private static QueryAnalysis combine(QueryAnalysis a, QueryAnalysis b) {
		return new QueryAnalysis(Math.max(a.depth, b.depth), a.aliases + b.aliases, a.cost + b.cost,
				Math.max(a.largestFirst, b.largestFirst));
	}

	private static final QueryAnalysis NOTHING = new QueryAnalysis(0, 0, 0, 0);

	private record Analyzer(GraphQLSchema schema, Map<String, FragmentDefinition> fragments,
			Map<String, Object> variables, Map<String, QueryAnalysis> memo) {

		Analyzer(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
			this(schema, fragments, (variables != null) ? variables : Map.of(), new HashMap<>());
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
				return new QueryAnalysis(introspection ? 0 : 1, alias, 1, 0);
			}
			GraphQLType type = GraphQLTypeUtil.unwrapAll(definition.getType());
			var children = (type instanceof GraphQLCompositeType composite)
					? selections(field.getSelectionSet(), composite) : NOTHING;
			boolean connection = (type instanceof GraphQLFieldsContainer container)
					&& container.getName().endsWith("Connection");
			int first = connection ? first(field) : 0;
			long cost = 1 + (connection ? (long) first * children.cost : children.cost);
			int depth = introspection ? 0 : 1 + children.depth;
			return new QueryAnalysis(depth, alias + children.aliases, cost, Math.max(first, children.largestFirst));
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
