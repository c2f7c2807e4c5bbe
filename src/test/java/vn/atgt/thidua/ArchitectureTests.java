package vn.atgt.thidua;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
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
}
