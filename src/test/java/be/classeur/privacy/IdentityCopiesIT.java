package be.classeur.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.SystemJob;
import be.classeur.privacy.domain.CopyDeletion;
import be.classeur.privacy.domain.IdentityCheckResult;
import be.classeur.privacy.domain.IdentityProofRepository;
import be.classeur.privacy.domain.RequestAttachmentRepository;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Copies of identity documents never outlive their use (issue 8, part 4): refusal deletes them at once, a daily job
 * deletes any older than the configured limit and tells the officer, a request's document can be marked as an identity
 * document and is then handled like one, and the check records that copies received otherwise are gone too.
 */
@SpringBootTest
@WithUserDetails("dpo")
class IdentityCopiesIT {
    @Value("${classeur.privacy.id-proof-dir}")
    Path storeDir;
    @Autowired
    IdentityProofService proofs;
    @Autowired
    RequestAttachmentService attachments;
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    IdentityCopyExpiryJob job;
    @Autowired
    PrivacySchedule schedule;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ScheduledTaskHolder scheduler;
    @Autowired
    IdentityProofRepository proofRepository;
    @Autowired
    RequestAttachmentRepository attachmentRepository;
    @Autowired
    RequestHistoryNotes history;
    @Autowired
    RequestAuditTrail audit;
    @Autowired
    ApplicationContext context;
    @Autowired
    IncompleteEventPublications outstandingEvents;

    @BeforeEach
    void directoryExists() throws IOException {
        Files.createDirectories(storeDir);
    }

    private long request(String name) {
        return requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, name, null, null, RequestChannel.EMAIL,
                LocalDate.now(clock), null));
    }

    private long awaitingIdentity(String name) {
        long id = request(name + " " + System.nanoTime());
        proofs.recordDoubt(id, "Adresse e-mail inconnue");
        return id;
    }

    private static byte[] document(String marker) {
        return ("%PDF-1.4 identity card " + marker + " " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
    }

    /** Runs the upload and returns the one file it wrote to the store. */
    private Path fileOf(Runnable upload) throws IOException {
        Set<Path> before = listing();
        upload.run();
        Set<Path> added = listing();
        added.removeAll(before);
        assertThat(added).hasSize(1);
        return added.iterator().next();
    }

    private Set<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(storeDir)) {
            return new HashSet<>(files.toList());
        }
    }

    private List<String> auditActions(long requestId) {
        return jdbc.queryForList("select action from audit_event where detail like ? order by id", String.class,
                "request " + requestId + ":%");
    }

    /** The history lines with a note, the note stored as a message and read here in French. */
    private List<Map<String, Object>> historyNotes(long requestId) {
        return jdbc.queryForList("select changed_by, note_key, note_args from request_status_change where request_id = ?"
                + " and note_key is not null order by id", requestId).stream()
                .map(row -> Map.<String, Object>of("changed_by", row.get("changed_by"), "note", be.classeur.kernel.Message
                        .stored((String) row.get("note_key"), (String) row.get("note_args")).render(java.util.Locale.FRENCH)))
                .toList();
    }

    private void receivedDaysAgo(String table, long id, int days) {
        jdbc.update("update " + table + " set uploaded_at = ? where id = ?",
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(days), id);
    }

    // --- refusal ---

    @Test
    void refusingARequestDeletesItsIdentityCopyAtOnce() throws IOException {
        long id = awaitingIdentity("Refus");
        Path copy = fileOf(() -> proofs.upload(id, "copie.pdf", document("R")));

        requestWorkflow.changeStatus(id, RequestStatus.REFUSED, "Identité non établie");

        assertThat(copy).doesNotExist();
        assertThat(proofs.proofsOf(id)).singleElement().satisfies(row -> {
            assertThat(row.fileKept()).isFalse();
            assertThat(row.deletionCause()).isEqualTo(CopyDeletion.REFUSED);
        });
        assertThat(auditActions(id)).contains("IDENTITY_COPY_DELETED");
    }

    @Test
    void answeringARequestWhoseCheckWasNeverRecordedDeletesItsIdentityCopy() throws IOException {
        long id = awaitingIdentity("Reponse");
        Path copy = fileOf(() -> proofs.upload(id, "copie.pdf", document("A")));
        requestWorkflow.changeStatus(id, RequestStatus.IN_PROGRESS, "Identité confirmée par téléphone");
        assertThat(copy).as("kept while the request is worked on").exists();

        requestWorkflow.changeStatus(id, RequestStatus.ANSWERED, null);

        assertThat(copy).doesNotExist();
        assertThat(proofs.proofsOf(id)).singleElement()
                .satisfies(row -> assertThat(row.deletionCause()).isEqualTo(CopyDeletion.ANSWERED));
    }

    @Test
    void refusingFromTheRequestPageWithItsVersionAlsoDeletesTheCopyAndTheIdentityDocuments() throws IOException {
        long id = awaitingIdentity("Refus page");
        Path copy = fileOf(() -> proofs.upload(id, "copie.png", document("P")));
        Path marked = fileOf(() -> attachments.attach(id, "carte.jpg", document("J"), true));
        Path letter = fileOf(() -> attachments.attach(id, "lettre.pdf", document("L")));

        requestWorkflow.changeStatus(id, RequestStatus.REFUSED, "Identité non établie", requestWorkflow.detail(id).version());

        assertThat(copy).doesNotExist();
        assertThat(marked).doesNotExist();
        assertThat(letter).as("an ordinary document stays").exists();
        assertThat(attachments.attachmentsOf(id)).filteredOn(RequestAttachmentRow::identityDocument).singleElement()
                .satisfies(row -> assertThat(row.deletionCause()).isEqualTo(CopyDeletion.REFUSED));
        assertThatThrownBy(() -> attachments.attach(id, "autre.jpg", document("A"), true))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("identityAfterRefusal");
    }

    // --- a deletion cut short ---

    /** The registry's outstanding publications of the clean-up for this request (completed ones are deleted). */
    private List<Map<String, Object>> outstandingCleanup(long requestId) {
        return jdbc.queryForList("select status, completion_date from event_publication where listener_id like ?"
                + " and serialized_event like ?", "%IdentityProofCleanup%", "%\"requestId\":" + requestId + ",%");
    }

    @Test
    void aDeletionCutShortStaysOutstandingInTheRegistryAndDeletesTheCopyWhenRunAgain() throws IOException {
        long id = awaitingIdentity("Panne");
        Path copy = fileOf(() -> proofs.upload(id, "copie.pdf", document("X")));
        byte[] encrypted = Files.readAllBytes(copy);
        // The store cannot delete the copy: a directory that is not empty stands where its file was.
        Files.delete(copy);
        Files.createDirectories(copy.resolve("bloque"));

        requestWorkflow.changeStatus(id, RequestStatus.REFUSED, "Identité non établie");

        assertThat(proofs.proofsOf(id)).singleElement().satisfies(row -> assertThat(row.fileKept()).isTrue());
        assertThat(outstandingCleanup(id)).as("the failed deletion is still to do").singleElement()
                .satisfies(row -> assertThat(row.get("completion_date")).isNull());

        Files.delete(copy.resolve("bloque"));
        Files.delete(copy);
        Files.write(copy, encrypted);
        // What a restart does for every outstanding publication (republish-outstanding-events-on-restart).
        outstandingEvents.resubmitIncompletePublications(p -> p.getEvent() instanceof RequestEnded e && e.requestId() == id);

        assertThat(copy).doesNotExist();
        assertThat(proofs.proofsOf(id)).singleElement()
                .satisfies(row -> assertThat(row.deletionCause()).isEqualTo(CopyDeletion.REFUSED));
        assertThat(outstandingCleanup(id)).as("completed, so no longer outstanding").isEmpty();
        assertThat(jdbc.queryForList("select actor, actor_roles from audit_event where action = 'IDENTITY_COPY_DELETED'"
                + " and detail like ?", "request " + id + ":%")).singleElement().satisfies(line -> {
            assertThat(line.get("actor")).as("the audit log names the job").isEqualTo(SystemJob.PREFIX + IdentityProofCleanup.NAME);
            assertThat(line.get("actor_roles")).isEqualTo(SystemJob.ROLE);
        });
    }

    @Test
    void republishingOutstandingDeletionsAtStartIsOn() {
        assertThat(context.getEnvironment().getProperty("spring.modulith.events.republish-outstanding-events-on-restart"))
                .isEqualTo("true");
    }

    // --- the age limit ---

    @Test
    void theDailyJobDeletesCopiesOlderThanTheLimitTracesThemAndAlertsTheOfficer() throws IOException {
        long old = awaitingIdentity("Ancienne");
        long proofId = proofs.upload(old, "copie.pdf", document("O"));
        Path oldCopy = storeDir.resolve(proofRepository.findById(proofId).orElseThrow().getFileName()).toAbsolutePath();
        receivedDaysAgo("privacy_identity_proof", proofId, 31);
        long markedId = attachments.attach(old, "carte.pdf", document("M"), true);
        receivedDaysAgo("privacy_request_attachment", markedId, 31);
        long letterId = attachments.attach(old, "lettre.pdf", document("L"));
        receivedDaysAgo("privacy_request_attachment", letterId, 31);

        long recent = awaitingIdentity("Récente");
        long recentProof = proofs.upload(recent, "copie.pdf", document("N"));
        receivedDaysAgo("privacy_identity_proof", recentProof, 29);

        schedule.identityCopyExpiry(); // as the scheduler calls it, as the system job

        assertThat(oldCopy).doesNotExist();
        assertThat(proofs.proofsOf(old)).singleElement().satisfies(row -> {
            assertThat(row.fileKept()).isFalse();
            assertThat(row.deletionCause()).isEqualTo(CopyDeletion.EXPIRED);
        });
        assertThat(attachments.attachmentsOf(old)).satisfiesExactlyInAnyOrder(
                marked -> {
                    assertThat(marked.id()).isEqualTo(markedId);
                    assertThat(marked.kept()).isFalse();
                    assertThat(marked.deletionCause()).isEqualTo(CopyDeletion.EXPIRED);
                },
                letter -> {
                    assertThat(letter.id()).isEqualTo(letterId);
                    assertThat(letter.kept()).as("not an identity document").isTrue();
                });
        assertThat(proofs.proofsOf(recent)).singleElement().satisfies(row -> assertThat(row.fileKept()).isTrue());

        assertThat(historyNotes(old)).anySatisfy(line -> {
            assertThat(line.get("changed_by")).isEqualTo("system:identity-copy-expiry");
            assertThat((String) line.get("note")).contains("2 copies").contains("30 jours");
        });
        assertThat(jdbc.queryForList("select actor, actor_roles from audit_event where action = 'IDENTITY_COPY_EXPIRED' "
                + "and detail like ?", "request " + old + ":%")).singleElement().satisfies(line -> {
            assertThat(line.get("actor")).as("the audit log names the job").isEqualTo("system:identity-copy-expiry");
            assertThat(line.get("actor_roles")).isEqualTo("SYSTEM_JOB");
        });
        assertThat(proofs.requestsWithCopiesExpiredRecently()).contains(old).doesNotContain(recent);
    }

    @Test
    void theLimitIsTheConfiguredNumberOfDays() throws IOException {
        long id = awaitingIdentity("Limite");
        long proofId = proofs.upload(id, "copie.pdf", document("C"));
        receivedDaysAgo("privacy_identity_proof", proofId, 11);
        assertThat(SystemJob.run(IdentityCopyExpiryJob.NAME, job::deleteExpired)).as("the default limit is 30 days")
                .doesNotContain(id);

        // The same job with the limit set to 10 days (classeur.privacy.id-copy-max-age-days=10).
        // Through the context's proxies, so that the job's own rights and transaction apply as in production.
        IdentityCopyExpiryJob tenDays = (IdentityCopyExpiryJob) context.getAutowireCapableBeanFactory().initializeBean(
                new IdentityCopyExpiryJob(proofRepository, attachmentRepository, proofs, attachments, history, audit, clock,
                        new IdentityCopyRetention(10)), "identityCopyExpiryAfterTenDays");
        List<Long> deleted = SystemJob.run(IdentityCopyExpiryJob.NAME, tenDays::deleteExpired);
        assertThat(deleted).contains(id);
        assertThat(proofs.proofsOf(id)).singleElement().satisfies(row -> assertThat(row.fileKept()).isFalse());
        assertThat(historyNotes(id)).anySatisfy(line -> assertThat((String) line.get("note")).contains("10 jours"));
        assertThatThrownBy(() -> new IdentityCopyRetention(0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theJobIsScheduledEveryMorningLikeTheAlertJob() throws NoSuchMethodException {
        Method daily = PrivacySchedule.class.getDeclaredMethod("identityCopyExpiry");
        Scheduled schedule = daily.getAnnotation(Scheduled.class);
        Scheduled morning = PrivacySchedule.class.getDeclaredMethod("privacyAlerts").getAnnotation(Scheduled.class);
        assertThat(schedule.cron()).isEqualTo(morning.cron()).isEqualTo("0 0 7 * * *");
        assertThat(schedule.zone()).isEqualTo(morning.zone()).isEqualTo("Europe/Brussels");
        assertThat(scheduler.getScheduledTasks()).anySatisfy(task -> {
            assertThat(task.getTask()).isInstanceOf(CronTask.class);
            assertThat(((CronTask) task.getTask()).getExpression()).isEqualTo("0 0 7 * * *");
            assertThat(task.getTask().toString()).contains("PrivacySchedule.identityCopyExpiry");
        });
    }

    // --- documents marked as identity documents ---

    @Test
    void aDocumentMarkedAsIdentityDocumentIsDeletedWhenTheCheckIsRecordedAndItsOpeningIsAuditedAsOne() throws IOException {
        long id = awaitingIdentity("Marquée");
        proofs.upload(id, "copie.pdf", document("C"));
        long atUpload = attachments.attach(id, "carte-recto.jpg", document("R"), true);
        Path atUploadFile = storeDir.resolve(attachmentRepository.findById(atUpload).orElseThrow().getFileName());
        long later = attachments.attach(id, "lettre-avec-carte.pdf", document("V"));
        Path laterFile = storeDir.resolve(attachmentRepository.findById(later).orElseThrow().getFileName());
        long letter = attachments.attach(id, "lettre.pdf", document("L"));

        attachments.markIdentityDocument(later);
        attachments.open(later);

        assertThat(jdbc.queryForList("select detail from audit_event where action = 'IDENTITY_PROOF_OPENED' and detail like ?",
                String.class, "request " + id + ":%")).singleElement().asString()
                .contains("document " + later).contains("identity document");
        assertThat(auditActions(id)).contains("REQUEST_DOCUMENT_IDENTITY");

        proofs.recordCheck(id, IdentityCheckResult.CONFIRMED, true);

        assertThat(atUploadFile).doesNotExist();
        assertThat(laterFile).doesNotExist();
        assertThat(attachments.attachmentsOf(id)).filteredOn(RequestAttachmentRow::identityDocument)
                .extracting(RequestAttachmentRow::id, RequestAttachmentRow::kept, RequestAttachmentRow::deletionCause)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(atUpload, false, CopyDeletion.CHECK_RECORDED),
                        org.assertj.core.groups.Tuple.tuple(later, false, CopyDeletion.CHECK_RECORDED));
        assertThat(attachments.attachmentsOf(id)).filteredOn(r -> r.id() == letter).singleElement()
                .satisfies(row -> assertThat(row.kept()).isTrue());
    }

    @Test
    void aMarkedDocumentAddedAfterTheAnswerGoesWhenTheRequestClosesEvenWithoutACheck() throws IOException {
        long id = request("Clôture " + System.nanoTime());
        requestWorkflow.changeStatus(id, RequestStatus.IN_PROGRESS, null);
        requestWorkflow.changeStatus(id, RequestStatus.ANSWERED, null);
        requestWorkflow.recordReply(id, LocalDate.now(clock));
        Path marked = fileOf(() -> attachments.attach(id, "carte.png", document("K"), true));

        requestWorkflow.changeStatus(id, RequestStatus.CLOSED, null);

        assertThat(marked).doesNotExist();
        assertThat(attachments.attachmentsOf(id)).singleElement()
                .satisfies(row -> assertThat(row.deletionCause()).isEqualTo(CopyDeletion.CLOSED));
    }

    // --- copies received by e-mail or on paper ---

    @Test
    void theCheckNeedsTheConfirmationThatOtherCopiesAreGoneAndRecordsIt() throws IOException {
        long id = awaitingIdentity("Papier");
        Path copy = fileOf(() -> proofs.upload(id, "copie.pdf", document("E")));

        assertThatThrownBy(() -> proofs.recordCheck(id, IdentityCheckResult.CONFIRMED, false))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("otherCopiesNotConfirmed");
        assertThat(copy).as("nothing is done without the confirmation").exists();
        assertThat(requestWorkflow.detail(id).status()).isEqualTo(RequestStatus.AWAITING_IDENTITY);

        proofs.recordCheck(id, IdentityCheckResult.CONFIRMED, true);

        assertThat(proofs.proofsOf(id)).singleElement().satisfies(row -> {
            assertThat(row.otherCopiesDestroyed()).isTrue();
            assertThat(row.deletionCause()).isEqualTo(CopyDeletion.CHECK_RECORDED);
        });
        assertThat(jdbc.queryForObject("select other_copies_destroyed from privacy_identity_proof where request_id = ?",
                Boolean.class, id)).isTrue();
        assertThat(historyNotes(id)).anySatisfy(line -> {
            assertThat(line.get("changed_by")).isEqualTo("dpo");
            assertThat((String) line.get("note")).contains("e-mail ou sur papier");
        });
        assertThat(jdbc.queryForList("select detail from audit_event where action = 'IDENTITY_CHECK_RECORDED' and detail like ?",
                String.class, "request " + id + ":%")).singleElement().asString().contains("e-mail or on paper");
    }
}
