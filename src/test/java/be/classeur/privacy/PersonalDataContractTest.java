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
 * Every JPA entity that can hold personal data is claimed by a {@link PersonalDataHandler} part, so that access,
 * erasure and restriction reach it. A new entity with a personal-data column and no entry below fails this test:
 * write its module's handler (or extend one), then add the entity here.
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
            "be.classeur.accounts.RecipientNotice");

    /** Which handler part claims which entity. */
    private static final Map<String, String> CLAIMS = Map.ofEntries(
            Map.entry("be.classeur.people.domain.Pupil", "people"),
            Map.entry("be.classeur.people.domain.Guardian", "people"),
            Map.entry("be.classeur.people.domain.Trainer", "people"),
            Map.entry("be.classeur.people.domain.GuardianLink", "people"),
            Map.entry("be.classeur.people.domain.ContactEvent", "people"),
            Map.entry("be.classeur.courses.domain.Enrolment", "courses"),
            Map.entry("be.classeur.audit.AuditEntry", "audit"),
            Map.entry("be.classeur.privacy.domain.RightsRequest", "privacy"),
            Map.entry("be.classeur.privacy.domain.RequestStatusChange", "privacy"),
            Map.entry("be.classeur.privacy.domain.RequestSubject", "privacy"),
            Map.entry("be.classeur.accounts.UserAccount", "accounts"),
            Map.entry("be.classeur.privacy.domain.RequestAttachment", "attachments"),
            Map.entry("be.classeur.accounts.RecipientNotice", "notices"));

    /** Entities with a matching column that hold no personal data, each with the reason. */
    private static final Map<String, String> NOT_PERSONAL = Map.of(
            "be.classeur.people.domain.School", "a school is an organisation; its postal code and city are public");

    @Autowired
    List<PersonalDataHandler> handlers;

    @Test
    void everyEntityHoldingPersonalDataIsClaimedByAHandler() throws Exception {
        Set<String> holding = new TreeSet<>();
        for (Class<?> entity : entities()) {
            if (holdsPersonalData(entity)) {
                holding.add(entity.getName());
            }
        }
        assertThat(holding).as("the scan finds the known personal-data entities")
                .contains("be.classeur.people.domain.Pupil", "be.classeur.audit.AuditEntry",
                        "be.classeur.privacy.domain.RightsRequest", "be.classeur.courses.domain.Enrolment");
        Set<String> unclaimed = new TreeSet<>(holding);
        unclaimed.removeAll(CLAIMS.keySet());
        unclaimed.removeAll(NOT_PERSONAL.keySet());
        assertThat(unclaimed).as("entities holding personal data that no PersonalDataHandler part claims").isEmpty();
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
    void everyClaimingPartIsARegisteredHandler() {
        Set<String> parts = handlers.stream().map(PersonalDataHandler::part).collect(Collectors.toSet());
        Map<String, String> missing = new TreeMap<>();
        CLAIMS.forEach((entity, part) -> {
            if (!parts.contains(part)) {
                missing.put(entity, part);
            }
        });
        assertThat(missing).as("claims naming a part no handler bean answers to").isEmpty();
        assertThat(parts).as("each part has one handler").hasSize(handlers.size());
    }

    @Test
    void theClaimsNameOnlyExistingEntities() throws Exception {
        Set<String> names = entities().stream().map(Class::getName).collect(Collectors.toSet());
        assertThat(names).containsAll(CLAIMS.keySet()).containsAll(NOT_PERSONAL.keySet());
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
