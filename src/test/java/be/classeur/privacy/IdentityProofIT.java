package be.classeur.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.kernel.BusinessRuleException;
import be.classeur.privacy.domain.IdentityCheckResult;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Identity-document copies: encrypted at rest, readable back, and gone once the check is done or the request closes. */
@SpringBootTest
@WithUserDetails("dpo")
class IdentityProofIT {
    /** The test profile points the store at target/id-proofs-test; no extra Spring context just for this test. */
    @Value("${classeur.privacy.id-proof-dir}")
    Path proofDir;

    @org.junit.jupiter.api.BeforeEach
    void directoryExists() throws IOException {
        Files.createDirectories(proofDir);
    }

    @Autowired
    IdentityProofService proofs;
    @Autowired
    EncryptedFileStore store;
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    Clock clock;

    private long request(String name) {
        return requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, name, null, null, RequestChannel.EMAIL,
                LocalDate.now(clock), "Demande d’accès"));
    }

    private static byte[] document(String marker) {
        return ("%PDF-1.4 fake identity card of " + marker + " national register 85.07.30-033.61").getBytes(StandardCharsets.UTF_8);
    }

    private static boolean anyFileContains(Path dir, byte[] marker) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                if (indexOf(Files.readAllBytes(f), marker) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void theCopyIsEncryptedOnDiskAndDeletedWhenTheCheckIsRecorded() throws IOException {
        String marker = "MARKER" + System.nanoTime();
        byte[] markerBytes = marker.getBytes(StandardCharsets.UTF_8);
        long id = request("Identité " + marker);
        proofs.recordDoubt(id, "Adresse e-mail inconnue, homonyme possible");
        assertThat(requestWorkflow.detail(id).status()).isEqualTo(RequestStatus.AWAITING_IDENTITY);

        byte[] content = document(marker);
        long proofId = proofs.upload(id, "copie.pdf", content);

        List<IdentityProofRow> rows = proofs.proofsOf(id);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.fileKept()).isTrue();
            assertThat(r.uploadedBy()).isEqualTo("dpo");
            assertThat(r.result()).isNull();
        });
        try (Stream<Path> files = Files.list(store.directory())) {
            assertThat(files.toList()).isNotEmpty();
        }
        assertThat(store.directory()).isEqualTo(proofDir.toAbsolutePath().normalize());
        assertThat(anyFileContains(proofDir, markerBytes)).as("the marker is never on disk in clear").isFalse();
        assertThat(proofs.read(proofId)).isEqualTo(content);

        proofs.recordCheck(id, IdentityCheckResult.CONFIRMED, true);

        assertThat(proofs.proofsOf(id)).singleElement().satisfies(r -> {
            assertThat(r.fileKept()).isFalse();
            assertThat(r.result()).isEqualTo(IdentityCheckResult.CONFIRMED);
            assertThat(r.checkedBy()).isEqualTo("dpo");
            assertThat(r.checkedAt()).isNotNull();
            assertThat(r.fileDeletedAt()).isNotNull();
        });
        assertThat(anyFileContains(proofDir, markerBytes)).isFalse();
        assertThatThrownBy(() -> proofs.read(proofId)).isInstanceOf(BusinessRuleException.class);
        assertThat(requestWorkflow.detail(id).status()).isEqualTo(RequestStatus.IN_PROGRESS);
    }

    @Test
    void theFileIsGoneAfterTheCheck() throws IOException {
        long id = request("Vérif " + System.nanoTime());
        proofs.recordDoubt(id, "Demande envoyée depuis une adresse inconnue");
        Set<Path> before = listing();
        proofs.upload(id, "copie.png", document("PNG" + System.nanoTime()));
        Set<Path> added = listing();
        added.removeAll(before);
        assertThat(added).hasSize(1);
        Path file = added.iterator().next();
        assertThat(file).exists();

        proofs.recordCheck(id, IdentityCheckResult.NOT_CONFIRMED, true);

        assertThat(file).doesNotExist();
        assertThat(requestWorkflow.detail(id).status()).isEqualTo(RequestStatus.AWAITING_IDENTITY);
    }

    @Test
    void aRequestClosedWithoutACheckLosesItsCopy() throws IOException {
        String marker = "CLOSED" + System.nanoTime();
        long id = request("Clôture " + marker);
        proofs.recordDoubt(id, "Homonyme possible");
        Set<Path> before = listing();
        proofs.upload(id, "copie.jpg", document(marker));
        Set<Path> added = listing();
        added.removeAll(before);
        Path file = added.iterator().next();
        assertThat(file).exists();

        requestWorkflow.changeStatus(id, RequestStatus.REFUSED, "Identité non établie");
        requestWorkflow.recordReply(id, LocalDate.now(clock));
        requestWorkflow.changeStatus(id, RequestStatus.CLOSED, null);

        assertThat(file).doesNotExist();
        assertThat(proofs.proofsOf(id)).singleElement().satisfies(r -> {
            assertThat(r.fileKept()).isFalse();
            assertThat(r.result()).isNull();
        });
    }

    @Test
    void theTypeIsTheOneTheFileNameSaysAndAnotherKindOfFileIsRefusedWithoutAFileLeft() throws IOException {
        long id = request("Type " + System.nanoTime());
        proofs.recordDoubt(id, "Signature différente de la précédente");
        Set<Path> before = listing();
        assertThatThrownBy(() -> proofs.upload(id, "copie.exe", new byte[] {1, 2, 3}))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.identity.error.type");
        assertThatThrownBy(() -> proofs.upload(id, "sans-extension", new byte[] {1, 2, 3}))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.identity.error.type");
        assertThat(listing()).isEqualTo(before);
        assertThat(proofs.proofsOf(id)).isEmpty();

        proofs.upload(id, "Scan.JPEG", document("JPEG" + System.nanoTime()));
        assertThat(proofs.proofsOf(id)).singleElement().satisfies(r -> assertThat(r.contentType()).isEqualTo("image/jpeg"));
    }

    @Test
    void anUploadOutsideTheIdentityStepIsRefused() {
        long id = request("Hors étape " + System.nanoTime());
        assertThatThrownBy(() -> proofs.upload(id, "copie.png", new byte[] {1, 2, 3}))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.identity.error.notAwaiting");
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorIsRefused() {
        assertThatThrownBy(() -> proofs.upload(1L, "copie.png", new byte[] {1})).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proofs.recordCheck(1L, IdentityCheckResult.CONFIRMED, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proofs.read(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proofs.recordDoubt(1L, "x")).isInstanceOf(AccessDeniedException.class);
    }

    private Set<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(proofDir)) {
            return new java.util.HashSet<>(files.toList());
        }
    }
}
