package be.classeur.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.privacy.IdentityProofService;
import be.classeur.privacy.RequestAttachmentService;
import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestWorkflowService;
import be.classeur.privacy.domain.IdentityCheckResult;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The identity-check and documents sections of a request's page, driven as the privacy officer would. */
@SpringBootTest
@WithUserDetails("dpo")
class IdentityProofSectionTest extends SpringBrowserlessTest {
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    IdentityProofService proofs;
    @Autowired
    RequestAttachmentService attachments;
    @Autowired
    Clock clock;

    private long request() {
        return requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, "Identité " + System.nanoTime(), null, null,
                RequestChannel.EMAIL, LocalDate.now(clock), null));
    }

    @Test
    void noProofIsAskedUntilTheOfficerRecordsADoubt() {
        long id = request();
        navigate(RequestDetailView.class, id);
        IdentityProofSection section = find(IdentityProofSection.class).single();
        assertThat(section.state.getText()).contains("doute raisonnable");
        assertThat(section.upload.isVisible()).isFalse();
        assertThat(section.recordDoubt.isVisible()).isTrue();

        test(section.recordDoubt).click();
        assertThat(find(com.vaadin.flow.component.dialog.Dialog.class).single()).isSameAs(section.doubtDialog);
        test(section.confirmDoubt).click();
        assertThat(section.doubtReason.isInvalid()).as("a doubt needs its reason").isTrue();
        assertThat(requestWorkflow.detail(id).status()).isEqualTo(RequestStatus.RECEIVED);

        test(section.doubtReason).setValue("Adresse e-mail inconnue");
        roundTrip(); // the refusal reaches the browser; the next click is a new one (ui.components.OneClick)
        test(section.confirmDoubt).click();

        assertThat(requestWorkflow.detail(id).status()).isEqualTo(RequestStatus.AWAITING_IDENTITY);
        IdentityProofSection waiting = find(IdentityProofSection.class).single();
        assertThat(waiting.upload.isVisible()).isTrue();
        assertThat(waiting.recordDoubt.isVisible()).isFalse();
    }

    @Test
    void recordingTheResultAsksFirstNeedsTheOtherCopiesGoneThenDeletesTheCopy() {
        long id = request();
        proofs.recordDoubt(id, "Homonyme possible");
        proofs.upload(id, "copie.png", "PNG copie".getBytes(StandardCharsets.UTF_8));
        navigate(RequestDetailView.class, id);
        IdentityProofSection section = find(IdentityProofSection.class).single();
        assertThat(find(Anchor.class).from(section.proofList).all()).hasSize(1);

        test(section.recordCheck).click();
        assertThat(section.result.isInvalid()).as("the result is required").isTrue();

        section.result.setValue(IdentityCheckResult.CONFIRMED);
        test(section.recordCheck).click();
        assertThat(find(com.vaadin.flow.component.dialog.Dialog.class).single()).isSameAs(section.checkDialog);
        test(section.confirmCheck).click();
        assertThat(section.otherCopiesDestroyed.isInvalid()).as("the e-mail or paper copies must be confirmed gone").isTrue();
        assertThat(proofs.proofsOf(id).getFirst().fileKept()).as("nothing happens before the confirmation").isTrue();

        roundTrip(); // the refusal reaches the browser; the next click is a new one (ui.components.OneClick)
        test(section.otherCopiesDestroyed).click();
        test(section.confirmCheck).click();

        assertThat(proofs.proofsOf(id)).singleElement().satisfies(row -> {
            assertThat(row.fileKept()).isFalse();
            assertThat(row.result()).isEqualTo(IdentityCheckResult.CONFIRMED);
            assertThat(row.otherCopiesDestroyed()).isTrue();
        });
        assertThat(requestWorkflow.detail(id).status()).isEqualTo(RequestStatus.IN_PROGRESS);
        IdentityProofSection after = find(IdentityProofSection.class).single();
        assertThat(find(Anchor.class).from(after.proofList).all()).as("no copy left to open").isEmpty();
        assertThat(after.proofList.getElement().getTextRecursively()).contains("Identité confirmée")
                .contains("copies reçues par e-mail ou sur papier confirmées supprimées ou détruites")
                .contains("(vérification enregistrée)");
    }

    @Test
    void aDocumentIsMarkedAsAnIdentityDocumentAtUploadOrAfterwards() {
        long id = request();
        navigate(RequestDetailView.class, id);
        AttachmentsSection section = find(AttachmentsSection.class).single();
        assertThat(section.identityDocument.isVisible()).isTrue();
        test(section.identityDocument).click();
        test(section.upload).upload("carte.png", "image/png", "PNG carte".getBytes(StandardCharsets.UTF_8));
        assertThat(attachments.attachmentsOf(id)).singleElement()
                .satisfies(row -> assertThat(row.identityDocument()).as("marked at upload").isTrue());

        long letter = attachments.attach(id, "lettre.pdf", "%PDF".getBytes(StandardCharsets.UTF_8));
        navigate(RequestDetailView.class, id);
        AttachmentsSection again = find(AttachmentsSection.class).single();
        assertThat(again.documents.getElement().getTextRecursively()).contains("pièce d’identité");
        test(find(com.vaadin.flow.component.button.Button.class).from(again.documents)
                .withText("Marquer comme pièce d’identité").single()).click();
        assertThat(attachments.attachmentsOf(id)).filteredOn(r -> r.id() == letter).singleElement()
                .satisfies(row -> assertThat(row.identityDocument()).as("nothing before the confirmation").isFalse());
        test(find(ConfirmDialog.class).last()).confirm();

        assertThat(attachments.attachmentsOf(id)).allSatisfy(row -> assertThat(row.identityDocument()).isTrue());
    }

    @Test
    void documentsAreListedByNameAndRemovedAfterConfirmation() {
        long id = request();
        navigate(RequestDetailView.class, id);
        AttachmentsSection empty = find(AttachmentsSection.class).single();
        assertThat(empty.empty.isVisible()).isTrue();
        assertThat(empty.upload.isVisible()).isTrue();

        long doc = attachments.attach(id, "lettre <img src=x onerror=alert(1)>.pdf", "%PDF".getBytes(StandardCharsets.UTF_8));
        navigate(RequestDetailView.class, id);
        AttachmentsSection section = find(AttachmentsSection.class).single();
        assertThat(section.empty.isVisible()).isFalse();
        Anchor link = find(Anchor.class).from(section.documents).single();
        assertThat(link.getText()).as("the name is shown as text, never as HTML").isEqualTo("lettre <img src=x onerror=alert(1)>.pdf");

        test(find(com.vaadin.flow.component.button.Button.class).from(section.documents).withText("Retirer le document").single())
                .click();
        assertThat(attachments.attachmentsOf(id).getFirst().kept()).isTrue();
        test(find(ConfirmDialog.class).last()).confirm();
        assertThat(attachments.attachmentsOf(id)).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(doc);
            assertThat(row.kept()).isFalse();
        });
    }
}
