package be.classeur.demo;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.people.GuardianService;
import be.classeur.people.PersonFilter;
import be.classeur.people.PersonRow;
import be.classeur.people.domain.Trainer;
import be.classeur.privacy.LetterService;
import be.classeur.privacy.PersonSuggestion;
import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestWorkflowService;
import be.classeur.privacy.domain.LetterKind;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;

/**
 * A privacy officer's queue as it looks on an ordinary week, so the demo shows every state: a guardian's access
 * request for a child being worked on and due within days, an erasure request from someone not in the records that is
 * already late, a fresh objection to activity news, and a trainer's request answered and closed.
 */
final class DemoRightsRequests {
    private static final Logger log = LoggerFactory.getLogger(DemoRightsRequests.class);

    private final RequestIntakeService intake;
    private final RequestWorkflowService workflow;
    private final LetterService letters;
    private final GuardianService guardians;
    private final LocalDate today;

    DemoRightsRequests(RequestIntakeService intake, RequestWorkflowService workflow, LetterService letters, GuardianService guardians, LocalDate today) {
        this.intake = intake;
        this.workflow = workflow;
        this.letters = letters;
        this.guardians = guardians;
        this.today = today;
    }

    void load(Trainer trainer) {
        List<Family> families = familiesWithAMinorChild(2);
        if (families.size() < 2) {
            log.info("Demo data: too few families for the demo rights requests");
            return;
        }
        Family access = families.get(0);
        // Received a month ago, less four days: due within the week.
        LocalDate accessReceived = today.minusMonths(1).plusDays(4);
        long accessRequest = intake.record(new RequestIntake(Set.of(Right.ACCESS), access.guardian().ref(),
                access.guardian().name(), access.guardian().email(), List.of(access.child().ref().id()),
                RequestChannel.EMAIL, accessReceived,
                "Bonjour, pourriez-vous m’envoyer une copie des données que vous conservez sur mon enfant ? Merci."));
        workflow.detail(accessRequest).covered().forEach(c -> intake.confirmMatch(accessRequest, c.subjectId()));
        letters.markSent(accessRequest, LetterKind.ACKNOWLEDGEMENT, "fr", accessReceived.plusDays(1), RequestChannel.EMAIL);
        workflow.assign(accessRequest, "dpo");
        workflow.changeStatus(accessRequest, RequestStatus.IN_PROGRESS, "Correspondances vérifiées");

        // Someone not (or no longer) in the records, by post, already past the deadline.
        intake.record(new RequestIntake(Set.of(Right.ERASURE), null, "Camille Dewael", null, List.of(),
                RequestChannel.POST, today.minusMonths(1).minusDays(5),
                "Ancienne élève (2019-2021), je vous demande d’effacer toutes les données me concernant."));

        Family objection = families.get(1);
        intake.record(new RequestIntake(Set.of(Right.OBJECTION, Right.CONSENT_WITHDRAWAL), objection.guardian().ref(),
                objection.guardian().name(), objection.guardian().email(), List.of(), RequestChannel.EMAIL,
                today.minusDays(2), "Je ne souhaite plus recevoir les nouvelles des activités de l’asbl."));

        // A trainer's access request, answered and closed.
        LocalDate trainerReceived = today.minusMonths(2);
        long closed = intake.record(new RequestIntake(Set.of(Right.ACCESS), DataSubjectRef.trainer(trainer.getId()),
                trainer.fullName(), trainer.getEmail(), List.of(), RequestChannel.IN_PERSON, trainerReceived,
                "Demande faite de vive voix au secrétariat."));
        workflow.changeStatus(closed, RequestStatus.IN_PROGRESS, null);
        workflow.recordReply(closed, trainerReceived.plusDays(12));
        letters.markSent(closed, LetterKind.COMPLETION, "fr", trainerReceived.plusDays(12), RequestChannel.IN_PERSON);
        workflow.changeStatus(closed, RequestStatus.ANSWERED, "Export remis en main propre");
        workflow.changeStatus(closed, RequestStatus.CLOSED, null);
        log.info("Demo data: 4 rights requests (one due this week, one overdue, one new, one closed)");
    }

    private record Family(PersonSuggestion guardian, PersonSuggestion child) {
    }

    /** Guardians, each with one of their children who is a minor, as the officer's suggestions show them. */
    private List<Family> familiesWithAMinorChild(int wanted) {
        List<Family> found = new ArrayList<>();
        for (PersonRow g : guardians.search(PersonFilter.active(), PageRequest.of(0, 40))) {
            PersonSuggestion guardian = new PersonSuggestion(DataSubjectRef.guardian(g.id()), g.firstName() + " " + g.lastName(),
                    g.email(), g.phone(), null);
            intake.childrenOf(g.id()).stream()
                    .filter(c -> c.birthDate() != null && c.birthDate().plusYears(18).isAfter(today.minusMonths(2)))
                    .findFirst()
                    .ifPresent(child -> found.add(new Family(guardian, child)));
            if (found.size() == wanted) {
                break;
            }
        }
        return found;
    }
}
