package org.govgraph.api.architecture;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.govgraph.api.architecture.fixture.UnguardedMutations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules that keep the modules apart, every Cypher statement parameterized and every write guarded. */
class ArchitectureTest {

	/** The types whose methods send Cypher to Neo4j. */
	static final Set<String> CYPHER_RUNNERS = Set.of("org/springframework/data/neo4j/core/Neo4jClient",
			"org/neo4j/driver/QueryRunner", "org/neo4j/driver/Session", "org/neo4j/driver/TransactionContext",
			"org/neo4j/driver/Transaction", "org/neo4j/driver/SimpleQueryRunner", "org/neo4j/driver/Driver");

	static final Set<String> CYPHER_METHODS = Set.of("query", "run", "executableQuery");

	static JavaClasses classes;

	@BeforeAll
	static void load() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.govgraph");
	}

	@Test
	void theGraphModelKnowsNothingOfTheWebOrGraphQl() {
		noClasses().that()
			.resideInAPackage("org.govgraph.model..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.graphql..", "graphql..", "org.springframework.web..",
					"jakarta.servlet..", "org.govgraph.api..")
			.check(classes);
	}

	@Test
	void dependenciesPointOneWay() {
		noClasses().that().resideInAPackage("org.govgraph.seed..").should().dependOnClassesThat()
			.resideInAPackage("org.govgraph.api..").check(classes);
	}

	@Test
	void onlyRepositoriesAndTheLoaderRunCypher() {
		noClasses().that()
			.resideOutsideOfPackages("org.govgraph.model..", "org.govgraph.seed..")
			.should()
			.callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("a Cypher-running method",
					(call) -> CYPHER_RUNNERS.contains(call.getTargetOwner().getName().replace('.', '/'))
							&& CYPHER_METHODS.contains(call.getName())))
			.check(classes);
	}

	/** A method that writes: {@code @MutationMapping}, or {@code @SchemaMapping} on type {@code Mutation}. */
	static final DescribedPredicate<JavaMethod> MUTATIONS = DescribedPredicate.describe("map a mutation",
			(method) -> method.isAnnotatedWith(MutationMapping.class)
					|| (method.isAnnotatedWith(SchemaMapping.class)
							&& "Mutation".equals(method.getAnnotationOfType(SchemaMapping.class).typeName()))
					|| (method.isAnnotatedWith(SchemaMapping.class) && method.getOwner().isAnnotatedWith(SchemaMapping.class)
							&& "Mutation".equals(method.getOwner().getAnnotationOfType(SchemaMapping.class).typeName())));

	/** Every mutation says who may run it ({@code @PreAuthorize(CurationAccess.CURATOR)} or stricter). */
	static final ArchRule MUTATIONS_ARE_AUTHORIZED = methods().that(MUTATIONS)
		.should()
		.beAnnotatedWith(PreAuthorize.class)
		.because("every write needs an authenticated principal with a role (CurationAccess)")
		.allowEmptyShould(true);

	@Test
	void everyMutationRequiresARole() {
		MUTATIONS_ARE_AUTHORIZED.check(classes);
	}

	@Test
	void theMutationRuleReportsAMutationWithoutPreAuthorize() {
		var fixture = new ClassFileImporter().importClasses(UnguardedMutations.class);
		var report = MUTATIONS_ARE_AUTHORIZED.evaluate(fixture).getFailureReport().getDetails();
		assertThat(report).hasSize(2);
		assertThat(String.join("\n", report)).contains(UnguardedMutations.class.getName() + ".addEvent()")
			.contains(UnguardedMutations.class.getName() + ".removeEvent()")
			.doesNotContain("renameEvent")
			.doesNotContain(".name()");
	}

	/**
	 * Cypher is parameterized only: no method that sends Cypher builds a string at run time (no
	 * {@code +} on strings, no {@code format}, {@code concat}, {@code join}, {@code replace} or
	 * {@code StringBuilder}). Queries are text blocks or compile-time constants; values travel
	 * as parameters.
	 */
	@Test
	void noMethodThatRunsCypherAssemblesStrings() throws IOException {
		var offenders = new ArrayList<String>();
		int methodsRunningCypher = 0;
		for (JavaClass type : classes) {
			ClassModel model = parse(type);
			String self = model.thisClass().asInternalName();
			// Methods that run Cypher: those calling a Cypher API, and (to a fixpoint) those calling such a method of their own class.
			var running = new java.util.HashSet<String>();
			boolean grew = true;
			while (grew) {
				grew = false;
				for (MethodModel method : model.methods()) {
					String id = method.methodName().stringValue() + method.methodType().stringValue();
					if (!running.contains(id) && calls(method, self, running)) {
						running.add(id);
						grew = true;
					}
				}
			}
			for (MethodModel method : model.methods()) {
				if (!running.contains(method.methodName().stringValue() + method.methodType().stringValue())) {
					continue;
				}
				methodsRunningCypher++;
				var building = stringBuilding(method);
				if (!building.isEmpty()) {
					offenders.add(type.getName() + "." + method.methodName().stringValue() + ": " + building);
				}
			}
		}
		assertThat(methodsRunningCypher).as("methods that run Cypher were found").isGreaterThan(20);
		assertThat(offenders).isEmpty();
	}

	private static boolean calls(MethodModel method, String self, Set<String> running) {
		if (method.code().isEmpty()) {
			return false;
		}
		for (var element : method.code().get()) {
			if (element instanceof InvokeInstruction invoke) {
				String owner = invoke.owner().asInternalName();
				String name = invoke.name().stringValue();
				if (CYPHER_RUNNERS.contains(owner) && CYPHER_METHODS.contains(name)) {
					return true;
				}
				if (owner.equals(self) && running.contains(name + invoke.type().stringValue())) {
					return true;
				}
			}
			if (element instanceof InvokeDynamicInstruction indy) {
				// A lambda body that runs Cypher (executeRead(tx -> tx.run(...))) makes its caller run Cypher too.
				for (var argument : indy.bootstrapArgs()) {
					if (argument instanceof java.lang.constant.DirectMethodHandleDesc handle
							&& handle.owner().descriptorString().equals("L" + self + ";")
							&& running.contains(handle.methodName() + handle.lookupDescriptor())) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static List<String> stringBuilding(MethodModel method) {
		List<String> building = new ArrayList<>();
		for (var element : method.code().get()) {
			if (element instanceof InvokeInstruction invoke) {
				String owner = invoke.owner().asInternalName();
				String name = invoke.name().stringValue();
				if ((owner.equals("java/lang/String") && Set.of("format", "formatted", "concat", "join", "replace",
						"replaceAll", "repeat").contains(name)) || owner.equals("java/lang/StringBuilder")) {
					building.add(owner + "." + name);
				}
			}
			if (element instanceof InvokeDynamicInstruction indy
					&& indy.bootstrapMethod().owner().descriptorString().contains("StringConcatFactory")) {
				building.add("string concatenation");
			}
		}
		return building;
	}

	private static ClassModel parse(JavaClass type) throws IOException {
		String resource = type.getName().replace('.', '/') + ".class";
		try (InputStream in = ArchitectureTest.class.getClassLoader().getResourceAsStream(resource)) {
			return ClassFile.of().parse(in.readAllBytes());
		}
	}

}
