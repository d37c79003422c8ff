package be.classeur.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Rules that keep the layers honest. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("be.classeur");

    @Test
    void viewsNeverTouchRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void noViewRendersHtmlFromStrings() {
        // User input must never be rendered as HTML; Html components and innerHTML are not used at all.
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("com.vaadin.flow.component.Html")
                .check(CLASSES);
        noClasses().should().callMethod(com.vaadin.flow.dom.Element.class, "setProperty", String.class, String.class)
                .because("setProperty(\"innerHTML\", …) would render text as HTML")
                .check(CLASSES);
    }

    @Test
    void peopleServicesCheckAuthorisationOnEveryPublicMethod() {
        methods().that().arePublic()
                .and().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().areDeclaredInClassesThat().resideInAnyPackage("be.classeur.people", "be.classeur.courses", "be.classeur.timetable", "be.classeur.audit")
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(CLASSES);
    }

    @Test
    void theKernelKnowsNoFeature() {
        noClasses().that().resideInAPackage("be.classeur.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("be.classeur.accounts..", "be.classeur.people..",
                        "be.classeur.courses..", "be.classeur.timetable..", "be.classeur.audit..", "be.classeur.ui..",
                        "be.classeur.demo..")
                .check(CLASSES);
    }

    @Test
    void theShellImportsNoFeature() {
        // Navigation comes from @Menu entries, so the layout never needs a feature's view.
        noClasses().that().resideInAPackage("be.classeur.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("be.classeur.accounts..", "be.classeur.people..",
                        "be.classeur.courses..", "be.classeur.timetable..", "be.classeur.audit..", "be.classeur.demo..")
                .check(CLASSES);
    }

    @Test
    void peopleKnowsNothingOfTheModulesBuiltOnIt() {
        noClasses().that().resideInAPackage("be.classeur.people..")
                .should().dependOnClassesThat().resideInAnyPackage("be.classeur.courses..", "be.classeur.timetable..",
                        "be.classeur.accounts..", "be.classeur.demo..")
                .check(CLASSES);
    }

    @Test
    void everyPackageIsNullMarked() {
        // Nothing is null unless marked @Nullable; Spring Data also checks repository calls against it at run time.
        // A new package needs a package-info.java annotated @org.jspecify.annotations.NullMarked.
        List<String> unmarked = CLASSES.stream().map(JavaClass::getPackage).distinct()
                .filter(pkg -> !pkg.isAnnotatedWith(NullMarked.class))
                .map(JavaPackage::getName).sorted().toList();
        assertThat(unmarked).as("packages without @NullMarked in their package-info.java").isEmpty();
    }
}
