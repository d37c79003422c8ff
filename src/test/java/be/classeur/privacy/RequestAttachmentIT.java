package be.classeur.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.kernel.BusinessRuleException;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Documents received with a request: encrypted on disk, opened back, removed with a trace, audited, officer only. */
@SpringBootTest
@WithUserDetails("dpo")
class RequestAttachmentIT {
    @Value("${classeur.privacy.id-proof-dir}")
    Path storeDir;
    @Autowired
    RequestAttachmentService attachments;
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @BeforeEach
    void directoryExists() throws IOException {
        Files.createDirectories(storeDir);
    }

    private long request(String name) {
        return requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, name, null, null, RequestChannel.POST,
                LocalDate.now(clock), null));
    }

    private Set<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(storeDir)) {
            return new HashSet<>(files.toList());
        }
    }

    @Test
    void theScannedLetterIsStoredEncryptedAndOpensBack() throws IOException {
        String marker = "LETTRE" + System.nanoTime();
        long id = request("Courrier " + marker);
        byte[] content = ("%PDF-1.4 lettre manuscrite de " + marker).getBytes(StandardCharsets.UTF_8);
        Set<Path> before = listing();

        long attachmentId = attachments.attach(id, "C:\\scans\\lettre " + marker + ".PDF", content);

        Set<Path> added = listing();
        added.removeAll(before);
        assertThat(added).hasSize(1);
        String onDisk = new String(Files.readAllBytes(added.iterator().next()), StandardCharsets.ISO_8859_1);
        assertThat(onDisk).as("the content is never on disk in clear").doesNotContain(marker);
        assertThat(attachments.attachmentsOf(id)).singleElement().satisfies(row -> {
            assertThat(row.originalName()).as("only the last path segment is kept").isEqualTo("lettre " + marker + ".PDF");
            assertThat(row.contentType()).isEqualTo("application/pdf");
            assertThat(row.sizeBytes()).isEqualTo(content.length);
            assertThat(row.uploadedBy()).isEqualTo("dpo");
            assertThat(row.kept()).isTrue();
        });
        StoredDocument opened = attachments.open(attachmentId);
        assertThat(opened.content()).isEqualTo(content);
        assertThat(opened.fileName()).isEqualTo("lettre " + marker + ".PDF");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'REQUEST_DOCUMENT_OPENED'"
                + " and detail = ?", Long.class, "request " + id + ": document " + attachmentId)).isEqualTo(1L);
    }

    @Test
    void aRemovedDocumentLeavesOnlyItsTrace() throws IOException {
        long id = request("Retrait " + System.nanoTime());
        Set<Path> before = listing();
        long attachmentId = attachments.attach(id, "mail.eml", "From: parent@exemple.be".getBytes(StandardCharsets.UTF_8));
        Set<Path> added = listing();
        added.removeAll(before);
        Path file = added.iterator().next();

        attachments.remove(attachmentId);

        assertThat(file).doesNotExist();
        assertThat(attachments.attachmentsOf(id)).singleElement().satisfies(row -> {
            assertThat(row.kept()).isFalse();
            assertThat(row.deletedBy()).isEqualTo("dpo");
            assertThat(row.deletedAt()).isNotNull();
        });
        assertThatThrownBy(() -> attachments.open(attachmentId)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("privacy.attachment.error.deleted");
    }

    @Test
    void badFilesAreRefusedWithAReasonAndLeaveNothingBehind() throws IOException {
        long id = request("Refus " + System.nanoTime());
        Set<Path> before = listing();
        assertThatThrownBy(() -> attachments.attach(id, "script.exe", new byte[] {1, 2}))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.attachment.error.type");
        assertThatThrownBy(() -> attachments.attach(id, "vide.pdf", new byte[0]))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.attachment.error.empty");
        assertThatThrownBy(() -> attachments.attach(id, "enorme.pdf", new byte[(int) RequestAttachmentService.MAX_BYTES + 1]))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.attachment.error.tooLarge");
        assertThat(listing()).isEqualTo(before);
        assertThat(attachments.attachmentsOf(id)).isEmpty();
    }

    @Test
    void aClosedRequestTakesNoNewDocument() {
        long id = request("Close " + System.nanoTime());
        requestWorkflow.changeStatus(id, RequestStatus.IN_PROGRESS, null);
        requestWorkflow.recordReply(id, LocalDate.now(clock));
        requestWorkflow.changeStatus(id, RequestStatus.ANSWERED, null);
        requestWorkflow.changeStatus(id, RequestStatus.CLOSED, null);
        assertThatThrownBy(() -> attachments.attach(id, "tard.pdf", new byte[] {1}))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.attachment.error.closed");
    }

    @Test
    void longNamesAreShortenedKeepingTheExtension() {
        String shortened = RequestAttachmentService.cleanName("x".repeat(400) + ".pdf");
        assertThat(shortened).hasSize(255).endsWith(".pdf");
        assertThat(RequestAttachmentService.cleanName("  ")).isEqualTo("document");
        assertThat(RequestAttachmentService.cleanName("../../etc/lettre.pdf")).isEqualTo("lettre.pdf");
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorIsRefused() {
        assertThatThrownBy(() -> attachments.attach(1L, "a.pdf", new byte[] {1})).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attachments.attachmentsOf(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attachments.open(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attachments.remove(1L)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("formateur")
    void aTrainerIsRefused() {
        assertThatThrownBy(() -> attachments.attachmentsOf(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attachments.open(1L)).isInstanceOf(AccessDeniedException.class);
    }
}
