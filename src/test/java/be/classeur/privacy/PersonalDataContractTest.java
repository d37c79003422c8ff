package be.classeur.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.kernel.PersonalDataHandler;
import jakarta.persistence.Entity;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Every JPA entity that can hold personal data is covered by a {@link PersonalDataHandler}, so that access, erasure and
 * restriction reach it. The handlers themselves say what they cover ({@link PersonalDataHandler#coverage()}): a new
 * entity with a personal-data column that no handler declares fails this test; extend its module's handler (export,
 * erase, restrict or keep with a reason) and declare the entity there.
 */
@SpringBootTest
@WithUserDetails("dpo")
class PersonalDataContractTest {
    /** Field names that hold, or may hold in free text, personal data. */
    private static final Set<String> PERSONAL_FIELDS = Set.of("firstName", "lastName", "email", "phone", "street",
            "postalCode", "city", "birthDate", "notes", "note", "detail", "description", "requesterName",
            "requesterEmail", "displayName", "originalName", "noteArgs");

    /** Entity types that are personal data by what they are, whatever their columns. */
    private static final Set<String> PERSONAL_TYPES = Set.of("be.classeur.people.domain.Person",
            "be.classeur.courses.domain.Enrolment", "be.classeur.people.domain.ContactEvent",
            "be.classeur.people.domain.GuardianLink", "be.classeur.audit.AuditEntry",
            "be.classeur.privacy.domain.RightsRequest", "be.classeur.privacy.domain.RequestSubject",
            "be.classeur.accounts.RecipientNotice",
            // The check of a requester's identity (and, while kept, the copy of their identity document).
            "be.classeur.privacy.domain.IdentityProof",
            // Which reply was sent to whom, when and how.
            "be.classeur.privacy.domain.LetterSent");

    /** Entities with a matching column that hold no personal data, each with the reason. */
    private static final Map<String, String> NOT_PERSONAL = Map.of(
            "be.classeur.people.domain.School", "a school is an organisation; its postal code and city are public");

    @Autowired
    List<PersonalDataHandler> handlers;

    /** What each handler part declares it covers, by entity name. */
    private Map<String, String> coveredBy() {
        Map<String, String> covered = new TreeMap<>();
        for (PersonalDataHandler handler : handlers) {
            handler.coverage().forEach(entity -> covered.merge(entity.getName(), handler.part(), (a, b) -> a + ", " + b));
        }
        return covered;
    }

    @Test
    void everyEntityHoldingPersonalDataIsCoveredByAHandler() throws Exception {
        Set<String> holding = new TreeSet<>();
        for (Class<?> entity : entities()) {
            if (holdsPersonalData(entity)) {
                holding.add(entity.getName());
            }
        }
        assertThat(holding).as("the scan finds the known personal-data entities")
                .contains("be.classeur.people.domain.Pupil", "be.classeur.audit.AuditEntry",
                        "be.classeur.privacy.domain.RightsRequest", "be.classeur.courses.domain.Enrolment",
                        "be.classeur.privacy.domain.IdentityProof", "be.classeur.privacy.domain.LetterSent");
        Set<String> uncovered = new TreeSet<>(holding);
        uncovered.removeAll(coveredBy().keySet());
        uncovered.removeAll(NOT_PERSONAL.keySet());
        assertThat(uncovered).as("entities holding personal data that no PersonalDataHandler declares in coverage()").isEmpty();
    }

    @Test
    void theIdentityChecksAndTheLettersAreCovered() {
        assertThat(coveredBy()).containsEntry("be.classeur.privacy.domain.IdentityProof", PrivacyPersonalData.PART)
                .containsEntry("be.classeur.privacy.domain.LetterSent", PrivacyPersonalData.PART);
    }

    @Test
    void everyHandlerPartHasALabelInEveryLanguage() throws java.io.IOException {
        for (String language : new String[] {"fr", "en", "nl"}) {
            java.util.Properties texts = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
                texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(handlers).extracting(PersonalDataHandler::part)
                    .allSatisfy(part -> assertThat(texts).as(language).containsKey("privacy.actions.part." + part));
        }
    }

    @Test
    void everyHandlerHasItsOwnPartAndDeclaresOnlyEntities() throws Exception {
        Set<String> parts = handlers.stream().map(PersonalDataHandler::part).collect(Collectors.toSet());
        assertThat(parts).as("each part has one handler").hasSize(handlers.size());
        Set<String> names = entities().stream().map(Class::getName).collect(Collectors.toSet());
        assertThat(names).as("coverage names JPA entities").containsAll(coveredBy().keySet()).containsAll(NOT_PERSONAL.keySet());
        assertThat(handlers).as("every handler covers something").allSatisfy(h -> assertThat(h.coverage()).isNotEmpty());
    }

    private static List<Class<?>> entities() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        List<Class<?>> found = new java.util.ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("be.classeur")) {
            found.add(Class.forName(candidate.getBeanClassName()));
        }
        assertThat(found).isNotEmpty();
        return found;
    }

    private static boolean holdsPersonalData(Class<?> entity) {
        for (Class<?> type = entity; type != null && type != Object.class; type = type.getSuperclass()) {
            if (PERSONAL_TYPES.contains(type.getName())) {
                return true;
            }
            for (Field field : type.getDeclaredFields()) {
                if (PERSONAL_FIELDS.contains(field.getName())) {
                    return true;
                }
            }
        }
        return false;
    }
}
