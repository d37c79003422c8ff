package be.classeur.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.ui.AccountsView;
import be.classeur.accounts.ui.FirstAdministratorView;
import be.classeur.accounts.ui.LoginView;
import be.classeur.courses.ui.GroupDetailView;
import be.classeur.dashboard.ui.DashboardView;
import be.classeur.courses.ui.GroupsView;
import be.classeur.consent.ui.PurposesView;
import be.classeur.courses.ui.PeriodsView;
import be.classeur.people.ui.CataloguesView;
import be.classeur.people.ui.GuardianDetailView;
import be.classeur.people.ui.GuardiansView;
import be.classeur.people.ui.LinkReviewView;
import be.classeur.people.ui.PupilDetailView;
import be.classeur.people.ui.PupilsView;
import be.classeur.people.ui.TrainerDetailView;
import be.classeur.people.ui.TrainersView;
import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.Right;
import be.classeur.privacy.ui.RequestDetailView;
import be.classeur.consent.ui.ConsentsView;
import be.classeur.privacy.ui.RequestsView;
import be.classeur.timetable.ui.ClashesView;
import be.classeur.timetable.ui.ClosuresView;
import be.classeur.timetable.ui.DayView;
import be.classeur.timetable.ui.MyGroupView;
import be.classeur.timetable.ui.MyGroupsView;
import be.classeur.support.TestSupport;
import be.classeur.timetable.ui.WeekView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every {@code @Route} class, found by scanning the code, opened as anonymous, ADMIN, TRAINER and PRIVACY_OFFICER
 * through the real navigation access control. A new route without an expectation here fails the test.
 */
@SpringBootTest
class RouteAccessMatrixTest extends SpringBrowserlessTest {
    enum Who { ANONYMOUS, ADMIN, TRAINER, PRIVACY_OFFICER }

    private static final Map<Who, String> DEMO_USERS = Map.of(Who.ADMIN, "admin", Who.TRAINER, "formateur",
            Who.PRIVACY_OFFICER, "dpo");

    /** Which view each role ends up on when it opens each route. */
    private static final Map<Class<?>, Map<Who, Class<?>>> EXPECTED = new LinkedHashMap<>();

    static {
        expect(LoginView.class, LoginView.class, LoginView.class, LoginView.class, LoginView.class);
        // Accounts exist, so the first-start page only forwards to the login page.
        expect(FirstAdministratorView.class, LoginView.class, LoginView.class, LoginView.class, LoginView.class);
        // The start page forwards to the first menu entry the roles may open: a trainer lands on "my groups", the
        // privacy officer on the dashboard; administrators keep the pupils (the dashboard is the officer's start page).
        expect(HomeView.class, LoginView.class, PupilsView.class, MyGroupsView.class, DashboardView.class);
        // The dashboard: the privacy officer and administrators (who read it without the officer's lists).
        expect(DashboardView.class, LoginView.class, DashboardView.class, NotFoundView.class, DashboardView.class);
        expect(PupilsView.class, LoginView.class, PupilsView.class, NotFoundView.class, PupilsView.class);
        expect(PupilDetailView.class, LoginView.class, PupilDetailView.class, NotFoundView.class, PupilDetailView.class);
        expect(GuardiansView.class, LoginView.class, GuardiansView.class, NotFoundView.class, GuardiansView.class);
        expect(GuardianDetailView.class, LoginView.class, GuardianDetailView.class, NotFoundView.class, GuardianDetailView.class);
        expect(TrainersView.class, LoginView.class, TrainersView.class, NotFoundView.class, TrainersView.class);
        expect(TrainerDetailView.class, LoginView.class, TrainerDetailView.class, NotFoundView.class, TrainerDetailView.class);
        expect(CataloguesView.class, LoginView.class, CataloguesView.class, NotFoundView.class, NotFoundView.class);
        // The links left for review when representatives and contacts were told apart: administrators only.
        expect(LinkReviewView.class, LoginView.class, LinkReviewView.class, NotFoundView.class, NotFoundView.class);
        expect(AccountsView.class, LoginView.class, AccountsView.class, NotFoundView.class, NotFoundView.class);
        // Courses and timetable: read by administrators and the privacy officer; periods and closures by administrators only.
        expect(GroupsView.class, LoginView.class, GroupsView.class, NotFoundView.class, GroupsView.class);
        expect(GroupDetailView.class, LoginView.class, GroupDetailView.class, NotFoundView.class, GroupDetailView.class);
        expect(PeriodsView.class, LoginView.class, PeriodsView.class, NotFoundView.class, NotFoundView.class);
        expect(WeekView.class, LoginView.class, WeekView.class, NotFoundView.class, WeekView.class);
        expect(DayView.class, LoginView.class, DayView.class, NotFoundView.class, DayView.class);
        expect(ClashesView.class, LoginView.class, ClashesView.class, NotFoundView.class, ClashesView.class);
        expect(ClosuresView.class, LoginView.class, ClosuresView.class, NotFoundView.class, NotFoundView.class);
        // The trainer's pages: demo group 1 is taught by the demo trainer account's trainer (another group would be refused).
        expect(MyGroupsView.class, LoginView.class, NotFoundView.class, MyGroupsView.class, NotFoundView.class);
        expect(MyGroupView.class, LoginView.class, NotFoundView.class, MyGroupView.class, NotFoundView.class);
        // Privacy requests: the privacy officer only; a request the test records (see recordARequest) opens for them.
        expect(RequestsView.class, LoginView.class, NotFoundView.class, NotFoundView.class, RequestsView.class);
        expect(RequestDetailView.class, LoginView.class, NotFoundView.class, NotFoundView.class, RequestDetailView.class);
        // The consents per purpose: administrators and the privacy officer.
        expect(ConsentsView.class, LoginView.class, ConsentsView.class, NotFoundView.class, ConsentsView.class);
        // The purposes of processing: the privacy officer edits them, administrators read them.
        expect(PurposesView.class, LoginView.class, PurposesView.class, NotFoundView.class, PurposesView.class);
        // The retention purge list: the privacy officer only.
        expect(be.classeur.retention.ui.PurgeView.class, LoginView.class, NotFoundView.class, NotFoundView.class,
                be.classeur.retention.ui.PurgeView.class);
        // Retention rules: the privacy officer edits them, administrators read them.
        expect(be.classeur.retention.ui.RetentionRulesView.class, LoginView.class, be.classeur.retention.ui.RetentionRulesView.class,
                NotFoundView.class, be.classeur.retention.ui.RetentionRulesView.class);
        // The audit log: the privacy officer only (it names the staff, administrators included, and the people).
        expect(be.classeur.audit.ui.AuditLogView.class, LoginView.class, NotFoundView.class, NotFoundView.class,
                be.classeur.audit.ui.AuditLogView.class);
        // The legal holds in force (issue 12): the privacy officer, and administrators, who read a person's holds too.
        expect(be.classeur.retention.ui.HoldsView.class, LoginView.class, be.classeur.retention.ui.HoldsView.class,
                NotFoundView.class, be.classeur.retention.ui.HoldsView.class);
    }

    @Autowired
    UserDetailsService users;
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    Clock clock;

    /** A rights request that exists: the request route is opened with its id (tests create requests in any order). */
    private long requestId;

    @BeforeEach
    void recordARequest() {
        requestId = TestSupport.as(users, "dpo", () -> requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null,
                TestSupport.unique("Matrice "), null, null, RequestChannel.POST, LocalDate.now(clock), null)));
    }

    @AfterEach
    void clearAuthentication() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyRouteHasAnExpectation() {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(scannedRoutes());
    }

    @Test
    void everyRoleLandsWhereExpected() {
        Map<String, String> unexpected = new LinkedHashMap<>();
        for (Class<?> route : scannedRoutes()) {
            for (Who who : Who.values()) {
                signInAs(who);
                UI.getCurrent().navigate(location(route));
                Class<?> shown = org.springframework.util.ClassUtils.getUserClass(getCurrentView().getClass());
                Class<?> expected = EXPECTED.getOrDefault(route, Map.of()).get(who);
                if (!shown.equals(expected)) {
                    unexpected.put(route.getSimpleName() + " as " + who, "showed " + shown.getSimpleName()
                            + ", expected " + (expected == null ? "?" : expected.getSimpleName()));
                }
            }
        }
        assertThat(unexpected).isEmpty();
    }

    private void signInAs(Who who) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        if (who == Who.ANONYMOUS) {
            context.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        } else {
            UserDetails user = users.loadUserByUsername(DEMO_USERS.get(who));
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        }
        SecurityContextHolder.setContext(context);
    }

    /** The route's path; routes with a parameter get the id of a demo record (ids start at 1) or of the test's request. */
    private String location(Class<?> route) {
        String path = route.getAnnotation(Route.class).value();
        if (!HasUrlParameter.class.isAssignableFrom(route)) {
            return path;
        }
        return path + "/" + (route == RequestDetailView.class ? requestId : 1);
    }

    static Set<Class<?>> scannedRoutes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<Class<?>> routes = new java.util.HashSet<>();
        for (var candidate : scanner.findCandidateComponents("be.classeur")) {
            try {
                routes.add(Class.forName(candidate.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(routes).hasSizeGreaterThan(5);
        return routes;
    }

    private static void expect(Class<?> route, Class<?> anonymous, Class<?> admin, Class<?> trainer, Class<?> privacyOfficer) {
        Map<Who, Class<?>> outcomes = new EnumMap<>(Who.class);
        outcomes.put(Who.ANONYMOUS, anonymous);
        outcomes.put(Who.ADMIN, admin);
        outcomes.put(Who.TRAINER, trainer);
        outcomes.put(Who.PRIVACY_OFFICER, privacyOfficer);
        EXPECTED.put(route, outcomes);
    }
}
