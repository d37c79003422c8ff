package be.classeur.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.kernel.PersonalDataHandler;
import be.classeur.kernel.SystemJob;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.scheduling.annotation.Scheduled;
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

    private static final List<String> MODULES = List.of("accounts", "audit", "consent", "courses", "erasure", "people", "privacy",
            "retention", "timetable", "demo");

    @Test
    void viewsNeverSeeAnotherModulesDomain() {
        // A view gets records from the other module's API: its entities could hold lazy parts, and open-in-view is off.
        for (String module : MODULES) {
            String[] otherDomains = MODULES.stream().filter(other -> !other.equals(module))
                    .map(other -> "be.classeur." + other + ".domain..").toArray(String[]::new);
            noClasses().that().resideInAPackage("be.classeur." + module + ".ui..")
                    .should().dependOnClassesThat().resideInAnyPackage(otherDomains)
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    @Test
    void onlyTheErasureLoopErasesOrRestrictsThroughTheHandlers() {
        // Rights requests and the retention purge erase the same way, and a legal hold stops both: a module that
        // called a handler itself would skip the hold check and the other handlers.
        noClasses().that().resideOutsideOfPackage("be.classeur.erasure..")
                .should().callMethodWhere(describe("PersonalDataHandler.anonymise or restrict",
                        call -> call.getTarget().getOwner().isAssignableTo(PersonalDataHandler.class)
                                && Set.of("anonymise", "restrict").contains(call.getTarget().getName())))
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

    /**
     * Methods open by design, each with why. Everything else public on a service or a personal-data handler checks
     * who calls it. Keep this list short: a new entry needs a reason a reviewer accepts.
     */
    private static final Set<String> OPEN_BY_DESIGN = Set.of(
            // Spring Security's login: runs before anyone is signed in.
            "be.classeur.accounts.DatabaseUserDetailsService.loadUserByUsername",
            // The first-start page: open only while no account exists (createFirstAdministrator checks it inside).
            "be.classeur.accounts.AccountService.noAccountExists",
            "be.classeur.accounts.AccountService.createFirstAdministrator",
            // The signed-in user's own name, language and trainer id, read by the shell and the login page: they read
            // the current principal only, and give nothing when nobody is signed in.
            "be.classeur.accounts.AccountService.currentUser",
            "be.classeur.accounts.AccountService.currentDisplayName",
            "be.classeur.accounts.AccountService.currentPreferredLocale",
            "be.classeur.accounts.AccountService.trainerId");

    @Test
    void servicesAndPersonalDataHandlersCheckAuthorisationOnEveryPublicMethod() {
        methods().that().arePublic()
                .and().areDeclaredInClassesThat(describe("a @Service or a personal-data handler", owner -> !owner.isInterface()
                        && (owner.isAnnotatedWith(Service.class) || owner.isAssignableTo(PersonalDataHandler.class))))
                .and(describe("not open by design", method -> !openByDesign(method)))
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(CLASSES);
    }

    @Test
    void everyMethodOpenByDesignExists() {
        // A stale entry would silently open a method added later under the same name.
        List<String> declared = CLASSES.stream().flatMap(owner -> owner.getMethods().stream())
                .map(method -> method.getOwner().getName() + "." + method.getName()).toList();
        assertThat(declared).containsAll(OPEN_BY_DESIGN);
    }

    private static boolean openByDesign(JavaMethod method) {
        // Every handler's part(): a constant name, no personal data.
        boolean handlerName = method.getName().equals("part") && method.getOwner().isAssignableTo(PersonalDataHandler.class);
        return handlerName || OPEN_BY_DESIGN.contains(method.getOwner().getName() + "." + method.getName());
    }

    private static <T> DescribedPredicate<T> describe(String description, java.util.function.Predicate<T> test) {
        return DescribedPredicate.describe(description, test);
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

    @Test
    void everyScheduledJobRunsAsANamedSystemPrincipal() {
        // Without it a job would run with nobody signed in: its @PreAuthorize checks would fail, or tempt a bypass.
        methods().that().areAnnotatedWith(Scheduled.class)
                .should(new ArchCondition<>("run their work through SystemJob.run") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        boolean runsAsJob = method.getMethodCallsFromSelf().stream()
                                .anyMatch(call -> call.getTargetOwner().isEquivalentTo(SystemJob.class)
                                        && call.getName().equals("run"));
                        if (!runsAsJob) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " does not call SystemJob.run"));
                        }
                    }
                })
                .check(CLASSES);
    }
}
