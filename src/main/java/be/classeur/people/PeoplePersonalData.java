package be.classeur.people;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.PersonalDataHandler;
import be.classeur.people.domain.ContactEvent;
import be.classeur.people.domain.ContactEventRepository;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.GuardianLink;
import be.classeur.people.domain.GuardianLinkRepository;
import be.classeur.people.domain.GuardianRepository;
import be.classeur.people.domain.Person;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.PupilRepository;
import be.classeur.people.domain.Subject;
import be.classeur.people.domain.Trainer;
import be.classeur.people.domain.TrainerRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people module's part of the personal-data contract: the pupil, guardian or trainer record, the pupil–guardian
 * links and the contact history. Called only by the privacy module's service, hence the privacy-officer check.
 */
@Component
public class PeoplePersonalData implements PersonalDataHandler {
    static final String PART = "people";

    private final PupilRepository pupils;
    private final GuardianRepository guardians;
    private final TrainerRepository trainers;
    private final GuardianLinkRepository links;
    private final ContactEventRepository contacts;
    private final Clock clock;

    PeoplePersonalData(PupilRepository pupils, GuardianRepository guardians, TrainerRepository trainers,
                       GuardianLinkRepository links, ContactEventRepository contacts, Clock clock) {
        this.pupils = pupils;
        this.guardians = guardians;
        this.trainers = trainers;
        this.links = links;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    public String part() {
        return PART;
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    public Set<Class<?>> coverage() {
        return Set.of(Pupil.class, Guardian.class, Trainer.class, GuardianLink.class, ContactEvent.class);
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    @Transactional(readOnly = true)
    public Holdings describe(DataSubjectRef subject) {
        List<String> held = new ArrayList<>();
        Optional<? extends Person> found = find(subject);
        if (found.isEmpty()) {
            return new Holdings(PART, held, List.of());
        }
        held.add("privacy.held.people.record." + subject.kind().name().toLowerCase());
        if (found.get().objectsToNews()) {
            held.add("privacy.held.people.newsObjection");
        }
        if (!linksOf(subject).isEmpty()) {
            held.add("privacy.held.people.guardianLinks");
        }
        if (!contactsOf(subject).isEmpty()) {
            held.add("privacy.held.people.contacts");
        }
        // What erasure really does (anonymise below): the identity, contact details, notes, links and contact history
        // go; a pseudonymous, archived, read-only record stays, for the enrolments and requests that point to it.
        return new Holdings(PART, held,
                List.of(new Retained("privacy.held.people.pseudonymousRecord." + subject.kind().name().toLowerCase(),
                        "privacy.retained.pseudonymousRecord")));
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    @Transactional(readOnly = true)
    public Map<String, Object> export(DataSubjectRef subject) {
        Map<String, Object> out = new LinkedHashMap<>();
        Optional<? extends Person> found = find(subject);
        if (found.isEmpty()) {
            return out;
        }
        Person person = found.get();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("kind", subject.kind().name());
        record.put("id", person.getId());
        record.put("firstName", person.getFirstName());
        record.put("lastName", person.getLastName());
        record.put("email", person.getEmail());
        record.put("phone", person.getPhone());
        record.put("street", person.getStreet());
        record.put("postalCode", person.getPostalCode());
        record.put("city", person.getCity());
        record.put("country", person.getCountry());
        record.put("notes", person.getNotes());
        record.put("lastContactDate", person.getLastContactDate());
        record.put("archived", person.isArchived());
        record.put("archivedAt", person.getArchivedAt());
        record.put("restricted", person.isRestricted());
        // Until the consent ledger exists, the objection to activity news is kept on the record.
        record.put("newsObjectionOn", person.getNewsObjectionOn());
        record.put("newsObjectionRequest", person.getNewsObjectionRequestId());
        record.put("createdAt", person.getCreatedAt());
        record.put("updatedAt", person.getUpdatedAt());
        if (person instanceof Pupil pupil) {
            record.put("birthDate", pupil.getBirthDate());
            record.put("schoolYear", pupil.getSchoolYear() == null ? null : pupil.getSchoolYear().name());
            record.put("school", pupil.getSchool() == null ? null : pupil.getSchool().toString());
            record.put("stage", pupil.getStage() == null ? null : pupil.getStage().name());
            record.put("dataSource", pupil.getDataSource() == null ? null : pupil.getDataSource().name());
            record.put("subjects", pupil.getSubjects().stream().map(Subject::getName).sorted().toList());
        } else if (person instanceof Trainer trainer) {
            record.put("availability", trainer.getAvailability());
            record.put("agreementSignedOn", trainer.getAgreementSignedOn());
            record.put("subjects", trainer.getSubjects().stream().map(Subject::getName).sorted().toList());
        }
        out.put("record", record);

        List<Map<String, Object>> linkRows = new ArrayList<>();
        for (GuardianLink link : linksOf(subject)) {
            Map<String, Object> row = new LinkedHashMap<>();
            Person other = subject.kind() == PersonKind.PUPIL ? link.getGuardian() : link.getPupil();
            row.put(subject.kind() == PersonKind.PUPIL ? "guardian" : "pupil", other.fullName().strip());
            row.put("relationship", link.getRelationship() == null ? null : link.getRelationship().name());
            linkRows.add(row);
        }
        if (subject.kind() != PersonKind.TRAINER) {
            out.put("guardianLinks", linkRows);
        }

        List<Map<String, Object>> contactRows = new ArrayList<>();
        for (ContactEvent event : contactsOf(subject)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("occurredOn", event.getOccurredOn());
            row.put("kind", event.getKind().name());
            row.put("note", event.getNote());
            row.put("recordedBy", event.getRecordedBy());
            row.put("recordedAt", event.getRecordedAt());
            contactRows.add(row);
        }
        out.put("contacts", contactRows);
        return out;
    }

    /**
     * Pseudonymises the record (names become the pseudonym; contact details, address, notes, birth date, school,
     * subjects, availability and the objection to activity news are cleared; the record is archived and marked
     * anonymised, hence read-only), deletes the pupil–guardian links and deletes the contact history: its notes are
     * free text about the person and no law requires keeping when or how they were contacted.
     */
    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    @Transactional
    public void anonymise(DataSubjectRef subject, String pseudonym) {
        Optional<? extends Person> found = find(subject);
        if (found.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Person person = found.get();
        List<GuardianLink> subjectLinks = linksOf(subject);
        if (person instanceof Pupil pupil) {
            pupil.setBirthDate(null);
            // A school and a list of subjects can single a pupil out in a small school: they go too.
            pupil.setSchool(null);
            pupil.getSubjects().clear();
            pupil.getGuardianLinks().removeAll(subjectLinks);
        } else if (person instanceof Guardian guardian) {
            guardian.getPupilLinks().removeAll(subjectLinks);
        } else if (person instanceof Trainer trainer) {
            trainer.setAvailability(null);
            trainer.getSubjects().clear();
        }
        // A pseudonymous pupil still linked to a named guardian (or the reverse) could be re-identified: the links go.
        links.deleteAll(subjectLinks);
        person.pseudonymise(pseudonym, now);
        contacts.deleteAll(contactsOf(subject));
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    @Transactional
    public void restrict(DataSubjectRef subject, boolean restricted) {
        find(subject).ifPresent(person -> {
            person.restrict(restricted);
            person.touch(clock.instant());
        });
    }

    private Optional<? extends Person> find(DataSubjectRef subject) {
        return switch (subject.kind()) {
            case PUPIL -> pupils.findForEdit(subject.id());
            case GUARDIAN -> guardians.findById(subject.id());
            case TRAINER -> trainers.findForEdit(subject.id());
        };
    }

    private List<GuardianLink> linksOf(DataSubjectRef subject) {
        return switch (subject.kind()) {
            case PUPIL -> links.findByPupilWithGuardian(subject.id());
            case GUARDIAN -> links.findByGuardianWithPupil(subject.id());
            case TRAINER -> List.of();
        };
    }

    private List<ContactEvent> contactsOf(DataSubjectRef subject) {
        return contacts.findByPersonKindAndPersonIdOrderByOccurredOnDescIdDesc(subject.kind(), subject.id());
    }
}
