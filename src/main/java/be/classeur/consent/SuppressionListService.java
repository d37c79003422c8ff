package be.classeur.consent;

import be.classeur.consent.domain.ContactPointKind;
import be.classeur.consent.domain.RecognisedPerson;
import be.classeur.consent.domain.RecognisedPersonRepository;
import be.classeur.consent.domain.SuppressedContact;
import be.classeur.consent.domain.SuppressedContactRepository;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.validation.PhoneNumbers;
import be.classeur.people.PersonDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The suppression list: on erasure ({@link SuppressionPersonalData}) the keyed hashes of the person's normalised
 * e-mail address (trimmed, lower case) and phone number (E.164) are stored, and nothing else. Whenever people creates
 * a person or changes their contact details, the person is checked against the list in the same transaction, and the
 * people recognised are kept in a small table, so that the news audience leaves them out in one query.
 */
@Service
@Transactional(readOnly = true)
public class SuppressionListService implements SuppressionList {
    static final String BOTH = "BOTH";

    private final SuppressionKey key;
    private final SuppressedContactRepository hashes;
    private final RecognisedPersonRepository recognised;
    private final PersonDirectory directory;
    private final Clock clock;

    SuppressionListService(SuppressionKey key, SuppressedContactRepository hashes, RecognisedPersonRepository recognised,
                           PersonDirectory directory, Clock clock) {
        this.key = key;
        this.hashes = hashes;
        this.recognised = recognised;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN','PRIVACY_OFFICER')")
    public boolean matches(DataSubjectRef person) {
        return directory.contactPoints(person).map(c -> matchedOn(c.email(), c.phone()) != null).orElse(false);
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN','PRIVACY_OFFICER')")
    public Set<Long> recognised(PersonKind kind) {
        return recognised.personIds(kind);
    }

    /** How the person on this page was recognised (EMAIL, PHONE or BOTH), as recorded; empty when not. */
    @PreAuthorize("hasAnyRole('ADMIN','PRIVACY_OFFICER')")
    public Optional<String> recognisedOn(DataSubjectRef person) {
        return matchRecorded(person);
    }

    /** The same, for the personal-data handler, whose own methods check the caller (the officer or the purge job). */
    Optional<String> matchRecorded(DataSubjectRef person) {
        return recognised.findByPersonKindAndPersonId(person.kind(), person.id()).map(RecognisedPerson::getMatchedOn);
    }

    /** Adds the keyed hashes of these contact details to the list (once each); the values themselves are not kept. */
    @Transactional
    void suppress(@Nullable String email, @Nullable String phone) {
        LocalDate today = LocalDate.now(clock);
        hashesOf(email, phone).forEach((kind, hash) -> {
            if (!hashes.existsByHashAndKind(hash, kind)) {
                hashes.save(new SuppressedContact(hash, kind, today));
            }
        });
    }

    /** Whether these contact details are on the list: EMAIL, PHONE or BOTH, or null. */
    @Nullable String matchedOn(@Nullable String email, @Nullable String phone) {
        Map<ContactPointKind, String> mine = hashesOf(email, phone);
        if (mine.isEmpty()) {
            return null;
        }
        Set<ContactPointKind> found = java.util.EnumSet.noneOf(ContactPointKind.class);
        for (SuppressedContact hit : hashes.findByHashIn(mine.values())) {
            if (hit.getHash().equals(mine.get(hit.getKind()))) {
                found.add(hit.getKind());
            }
        }
        return found.isEmpty() ? null : found.size() == 2 ? BOTH : found.iterator().next().name();
    }

    /** Re-checks one person against the list after people changed their record (see {@link SuppressionListener}). */
    @Transactional
    void recheck(DataSubjectRef person) {
        String on = directory.contactPoints(person).map(c -> matchedOn(c.email(), c.phone())).orElse(null);
        Optional<RecognisedPerson> row = recognised.findByPersonKindAndPersonId(person.kind(), person.id());
        if (on == null) {
            row.ifPresent(recognised::delete);
        } else if (row.isPresent()) {
            row.get().setMatchedOn(on);
        } else {
            recognised.save(new RecognisedPerson(person.kind(), person.id(), on));
        }
    }

    /** The person is no longer recognised (erased: nothing left to match). */
    @Transactional
    void forget(DataSubjectRef person) {
        recognised.findByPersonKindAndPersonId(person.kind(), person.id()).ifPresent(recognised::delete);
    }

    private Map<ContactPointKind, String> hashesOf(@Nullable String email, @Nullable String phone) {
        Map<ContactPointKind, String> out = new LinkedHashMap<>();
        normalisedEmail(email).ifPresent(e -> out.put(ContactPointKind.EMAIL, key.hash(e)));
        normalisedPhone(phone).ifPresent(p -> out.put(ContactPointKind.PHONE, key.hash(p)));
        return out;
    }

    static Optional<String> normalisedEmail(@Nullable String email) {
        return email == null || email.isBlank() ? Optional.empty() : Optional.of(email.strip().toLowerCase(Locale.ROOT));
    }

    static Optional<String> normalisedPhone(@Nullable String phone) {
        return phone == null || phone.isBlank() ? Optional.empty() : PhoneNumbers.e164(phone);
    }
}
