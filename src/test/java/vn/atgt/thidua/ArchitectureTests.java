package vn.atgt.thidua;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** House rules that the module check does not cover (STYLE.md). */
class ArchitectureTests {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		// ArchUnit recognises test classes under target/test-classes only; a build with -Dbuild.dir=... puts them in
		// <dir>/test-classes
		.withImportOption(location -> !location.contains("/test-classes/"))
		.importPackages("vn.atgt.thidua");

	@Test
	void servicesNeverUseTheWebLayer() {
		noClasses().that().resideOutsideOfPackage("vn.atgt.thidua..web..")
			.should().dependOnClassesThat().resideInAPackage("vn.atgt.thidua..web..")
			.allowEmptyShould(true)
			.check(CLASSES);
	}

	@Test
	void controllersGoThroughServicesNotRepositories() {
		noClasses().that().resideInAPackage("vn.atgt.thidua..web..")
			.should().dependOnClassesThat().areAssignableTo(Repository.class)
			.check(CLASSES);
	}

	@Test
	void repositoriesAndEntitiesLiveInInternalPackages() {
		classes().that().areAssignableTo(Repository.class).should().resideInAPackage("..internal..").check(CLASSES);
		classes().that().areAnnotatedWith(Entity.class).should().resideInAPackage("..internal..").check(CLASSES);
	}

	@Test
	void controllersArePackagePrivateInWebPackages() {
		classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
			.should().resideInAPackage("..web..")
			.andShould().notHaveModifier(JavaModifier.PUBLIC)
			.check(CLASSES);
	}

	@Test
	void noFieldInjection() {
		fields().should().notBeAnnotatedWith(Autowired.class).check(CLASSES);
	}

	/**
	 * A controller talks to its own module only: the door, the queries, the access policy and the module's other
	 * services. What a page needs from another module (the campaign's header, say) comes through its own queries, so
	 * that the module's policy sees every read. Records and enums of other modules may appear as types.
	 */
	@Test
	void controllersCallOnlyTheirOwnModulesServices() {
		classes().that().resideInAPackage("vn.atgt.thidua.(*).web..")
			.should(new ArchCondition<JavaClass>("call only the services of their own module (or common)") {
				@Override
				public void check(JavaClass controller, ConditionEvents events) {
					String module = module(controller);
					controller.getDirectDependenciesFromSelf().stream()
						.map(dependency -> dependency.getTargetClass())
						.filter(target -> target.isMetaAnnotatedWith(Component.class))
						.filter(target -> target.getPackageName().startsWith("vn.atgt.thidua."))
						.filter(target -> !module(target).equals(module) && !module(target).equals("common"))
						.distinct()
						.forEach(target -> events.add(SimpleConditionEvent.violated(controller,
								controller.getName() + " uses " + target.getName())));
				}
			})
			.check(CLASSES);
	}

	private static String module(JavaClass type) {
		String rest = type.getPackageName().substring("vn.atgt.thidua.".length());
		int dot = rest.indexOf('.');
		return dot < 0 ? rest : rest.substring(0, dot);
	}
}
