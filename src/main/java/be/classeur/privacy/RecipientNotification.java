package be.classeur.privacy;

import be.classeur.accounts.RecipientNotices;
import be.classeur.courses.CourseGroupService;
import be.classeur.courses.GroupTrainer;
import be.classeur.kernel.Actors;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.Message;
import be.classeur.kernel.PersonKind;
import be.classeur.people.GuardianService;
import be.classeur.people.PersonDirectory;
import be.classeur.privacy.domain.RequestStatusChange;
import be.classeur.privacy.domain.RequestStatusChangeRepository;
import be.classeur.privacy.domain.RightsRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Art. 19: when a request rectifies, erases or restricts a person, the recipients of their data are told. Here the
 * recipients are the trainers of the groups the person's pupils are or were in (a pupil's own groups; for a guardian,
 * their children's groups), who saw them on their roster. Each gets an in-app notice at their next sign-in, and the
 * request's history records who was told, by role and record number (never by login), and who has no account to be
 * told in. Runs in the caller's transaction; for an erasure, before it (names and links go with it).
 */
@Component
class RecipientNotification {
    private static final int MAX_NOTE = 1000;

    private final CourseGroupService groups;
    private final GuardianService guardians;
    private final PersonDirectory directory;
    private final RecipientNotices notices;
    private final RequestStatusChangeRepository changes;
    private final Clock clock;

    RecipientNotification(CourseGroupService groups, GuardianService guardians, PersonDirectory directory,
                          RecipientNotices notices, RequestStatusChangeRepository changes, Clock clock) {
        this.groups = groups;
        this.guardians = guardians;
        this.directory = directory;
        this.notices = notices;
        this.changes = changes;
        this.clock = clock;
    }

    /** Tells the trainers concerned by these people's change and records it in the request's history. */
    void tell(RightsRequest request, Collection<DataSubjectRef> people, RecipientNotices.Change change) {
        recordInHistory(notify(request, people, change));
    }

    /** Who was told of a change, for the request's history; {@code null} when nobody was concerned. */
    record Told(RightsRequest request, RecipientNotices.Change change, Set<Long> concerned, Set<Long> told) {
    }

    /**
     * Writes the notices only. Erasure calls it before the handlers run (they remove the links and names it needs) and
     * records the result after them, because erasure clears the history notes of the person's requests.
     */
    Told notify(RightsRequest request, Collection<DataSubjectRef> people, RecipientNotices.Change change) {
        List<RecipientNotices.Draft> drafts = new ArrayList<>();
        Set<Long> concerned = new LinkedHashSet<>();
        for (DataSubjectRef person : people) {
            Map<Long, String> pupilNames = pupilsOf(person);
            if (pupilNames.isEmpty()) {
                continue;
            }
            // One notice per trainer and pupil, naming the first of the pupil's groups that trainer teaches.
            Map<List<Long>, GroupTrainer> first = new LinkedHashMap<>();
            for (GroupTrainer taught : groups.trainersOfPupils(pupilNames.keySet())) {
                first.putIfAbsent(List.of(taught.trainerId(), taught.pupilId()), taught);
            }
            for (GroupTrainer taught : first.values()) {
                drafts.add(new RecipientNotices.Draft(taught.trainerId(), change, person, taught.pupilId(),
                        pupilNames.get(taught.pupilId()), taught.groupName()));
                concerned.add(taught.trainerId());
            }
        }
        if (concerned.isEmpty()) {
            return null; // nobody received their data through a group: nobody to tell, nothing to record
        }
        return new Told(request, change, concerned, notices.tell(drafts));
    }

    /** The history line naming the trainers told (by role and record number) and those without an account. */
    void recordInHistory(Told told) {
        if (told != null) {
            history(told.request(), told.change(), told.concerned(), told.told());
        }
    }

    /** The pupils whose trainers know this person: the pupil themself, or a guardian's children; by id, with the name. */
    private Map<Long, String> pupilsOf(DataSubjectRef person) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (person.kind() == PersonKind.PUPIL) {
            directory.summaries(List.of(person)).forEach(s -> names.put(person.id(), s.name().strip()));
        } else if (person.kind() == PersonKind.GUARDIAN) {
            guardians.pupilsOf(person.id()).forEach(l -> names.put(l.pupilId(), l.pupilName().strip()));
        }
        return names;
    }

    /** The history line, as a message shown in the reader's language (see {@link be.classeur.kernel.Message}). */
    private void history(RightsRequest request, RecipientNotices.Change change, Set<Long> concerned, Set<Long> told) {
        Message.Label what = new Message.Label("privacy.recipients.change." + change.name());
        Message note = told.isEmpty() ? Message.of("privacy.recipients.history.noneTold", what)
                : Message.of("privacy.recipients.history.told", what, trainers(told));
        Set<Long> untold = new LinkedHashSet<>(concerned);
        untold.removeAll(told);
        if (!untold.isEmpty()) {
            note = Message.of(Message.SENTENCES, note, Message.of("privacy.recipients.history.withoutAccount", trainers(untold)));
        }
        changes.save(new RequestStatusChange(request.getId(), request.getStatus(), request.getStatus(), Actors.current(),
                clock.instant(), note));
    }

    private static Message.Joined trainers(Set<Long> trainerIds) {
        return new Message.Joined(trainerIds.stream()
                .<Message.Arg>map(id -> new Message.Part(RequestHistoryNotes.person(DataSubjectRef.trainer(id)))).toList());
    }
}
