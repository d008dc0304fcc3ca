package org.marketaccess.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.PortalApplication;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

/** The module rules of STYLE.md, checked on every build. */
class ModularityTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.marketaccess.portal");

    @Test
    void featuresUseEachOtherOnlyThroughTheirRootPackagesAndHaveNoCycles() {
        ApplicationModules.of(PortalApplication.class).verify();
    }

    @Test
    void viewsNeverReachRepositoriesOrTheEntityManager() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(EntityManager.class)
                .check(CLASSES);
    }

    @Test
    void viewsLiveInUiPackagesOrTheShell() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .resideInAnyPackage("..ui..", "..shell..")
                .check(CLASSES);
    }

    @Test
    void viewsArePackagePrivateExceptTheLoginViewThatSecurityNames() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .and()
                .doNotHaveSimpleName("LoginView")
                .should()
                .notBePublic()
                .check(CLASSES);
    }

    @Test
    void luceneStaysInsideTheSearchFeature() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.marketaccess.portal.search..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.lucene..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
