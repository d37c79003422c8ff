package be.classeur.privacy.ui;

import be.classeur.ui.components.Labels;
import be.classeur.privacy.IdentityProofRow;
import be.classeur.privacy.IdentityProofService;
import be.classeur.privacy.RequestDetail;
import be.classeur.privacy.domain.IdentityCheckResult;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.OneClick;
import be.classeur.ui.components.UserActions;
import be.classeur.ui.components.Uploads;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The identity check of a request (GDPR art. 12(6)), step by step: no proof is asked by default; the officer records a
 * reasonable doubt (the request then waits), adds the copy the requester sent (kept encrypted), opens it, and records
 * the result, which deletes the copy at once. Afterwards the section only says who checked, when, and the result.
 */
public class IdentityProofSection extends VerticalLayout {
    final Paragraph state = new Paragraph();
    final Button recordDoubt = new Button();
    final Upload upload;
    final UnorderedList proofList = new UnorderedList();
    final Select<IdentityCheckResult> result = new Select<>();
    final Button recordCheck = new Button();
    /** Whether a copy received awaits the recorded check, which establishes identity and deletes it. */
    private final boolean awaitsCheck;
    Dialog doubtDialog;
    TextArea doubtReason;
    Button confirmDoubt;
    Dialog checkDialog;
    Checkbox otherCopiesDestroyed;
    Button confirmCheck;

    private final transient IdentityProofService proofs;
    private final RequestDetail request;
    private final transient Runnable onChange;

    /** The section for a request's page, with the service from the Spring context. */
    /** Whether a copy received awaits the recorded check (who checked, when, the copies deleted). */
    boolean awaitsCheck() {
        return awaitsCheck;
    }

    public static IdentityProofSection of(RequestDetail request, Runnable onChange) {
        return new IdentityProofSection(VaadinService.getCurrent().getInstantiator().getOrCreate(IdentityProofService.class),
                request, onChange);
    }

    public IdentityProofSection(IdentityProofService proofs, RequestDetail request, Runnable onChange) {
        this.proofs = proofs;
        this.request = request;
        this.onChange = onChange;
        setPadding(false);
        addClassName("classeur-section");
        add(new H3(getTranslation("privacy.identity.section")));

        List<IdentityProofRow> rows = proofs.proofsOf(request.id());
        boolean awaiting = request.status() == RequestStatus.AWAITING_IDENTITY;
        boolean unchecked = rows.stream().anyMatch(r -> r.checkedAt() == null);
        awaitsCheck = awaiting && unchecked;
        state.setText(getTranslation(awaiting ? "privacy.identity.state.awaiting"
                : rows.isEmpty() ? "privacy.identity.state.notAsked" : "privacy.identity.state.done"));
        add(state);

        recordDoubt.setText(getTranslation("privacy.identity.recordDoubt"));
        recordDoubt.setIcon(VaadinIcon.QUESTION_CIRCLE_O.create());
        recordDoubt.setVisible(request.nextSteps().contains(RequestStatus.AWAITING_IDENTITY));
        recordDoubt.addClickListener(e -> openDoubtDialog());
        add(recordDoubt);

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> act(() -> proofs.upload(request.id(),
                metadata.fileName(), bytes),
                "privacy.identity.received")));
        Uploads.configure(upload, IdentityProofService.ACCEPTED.keySet(), IdentityProofService.MAX_BYTES, 1);
        upload.setVisible(awaiting);
        Span uploadHelp = new Span(getTranslation("privacy.identity.upload.help", proofs.copyMaxAgeDays()));
        uploadHelp.addClassName("classeur-help");
        uploadHelp.setVisible(awaiting);
        add(upload, uploadHelp);

        for (IdentityProofRow row : rows) {
            proofList.add(line(row));
        }
        proofList.setVisible(!rows.isEmpty());
        add(proofList);

        result.setLabel(getTranslation("privacy.identity.result"));
        result.setItems(IdentityCheckResult.values());
        result.setItemLabelGenerator(r -> r == null ? "" : Labels.of(r));
        recordCheck.setText(getTranslation("privacy.identity.recordCheck"));
        recordCheck.setIcon(VaadinIcon.CHECK.create());
        recordCheck.addClickListener(e -> confirmCheck());
        HorizontalLayout check = new HorizontalLayout(result, recordCheck);
        check.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        check.setVisible(unchecked);
        add(check);
    }

    private ListItem line(IdentityProofRow row) {
        ListItem item = new ListItem(new Span(getTranslation("privacy.identity.line.received",
                Formats.DATE_TIME.format(row.uploadedAt()), row.uploadedBy())));
        if (row.fileKept()) {
            Anchor open = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = proofs.read(row.id());
                return new DownloadResponse(new ByteArrayInputStream(bytes), "identite-demande-" + row.requestId()
                        + suffixFor(row.contentType()), row.contentType(), bytes.length);
            }), AttachmentType.DOWNLOAD, getTranslation("privacy.identity.open"));
            open.addClassName("classeur-download");
            item.add(new Span(" · "), open);
        }
        if (row.checkedAt() != null) {
            item.add(new Span(" · " + getTranslation("privacy.identity.line.checked", Labels.of(row.result()),
                    Formats.DATE_TIME.format(row.checkedAt()), row.checkedBy())));
        }
        if (row.otherCopiesDestroyed()) {
            item.add(new Span(" · " + getTranslation("privacy.identity.line.otherCopiesDestroyed")));
        }
        if (row.fileDeletedAt() != null) {
            String when = Formats.DATE_TIME.format(row.fileDeletedAt());
            item.add(new Span(" · " + (row.deletionCause() == null ? getTranslation("privacy.identity.line.deleted", when)
                    : getTranslation("privacy.identity.line.deletedBecause", when, Labels.of(row.deletionCause())))));
        }
        return item;
    }

    private void openDoubtDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("privacy.identity.recordDoubt"));
        TextArea reason = new TextArea(getTranslation("privacy.identity.doubtReason"));
        doubtDialog = dialog;
        doubtReason = reason;
        reason.setHelperText(getTranslation("privacy.identity.doubtReason.help"));
        reason.setMaxLength(1000);
        reason.setRequired(true);
        reason.setWidthFull();
        dialog.add(reason);
        Button confirm = OneClick.button(getTranslation("privacy.identity.recordDoubt"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("privacy.identity.error.doubtReasonMissing"));
                return;
            }
            dialog.close();
            act(() -> proofs.recordDoubt(request.id(), reason.getValue()), "privacy.identity.doubtRecorded");
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirmDoubt = confirm;
        dialog.getFooter().add(new Button(getTranslation("ui.action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    /**
     * Recording the result deletes every copy for good: the officer confirms, knowing it, and confirms (required) that
     * any copy received by e-mail or on paper is deleted or shredded as well.
     */
    private void confirmCheck() {
        if (result.getValue() == null) {
            result.setInvalid(true);
            result.setErrorMessage(getTranslation("privacy.identity.error.resultMissing"));
            return;
        }
        IdentityCheckResult chosen = result.getValue();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("privacy.identity.recordCheck"));
        Paragraph text = new Paragraph(getTranslation("privacy.identity.recordCheck.confirm", Labels.of(chosen)));
        Checkbox destroyed = new Checkbox(getTranslation("privacy.identity.otherCopiesDestroyed"));
        destroyed.setRequiredIndicatorVisible(true);
        dialog.add(text, destroyed);
        Button confirm = OneClick.button(getTranslation("privacy.identity.recordCheck"), e -> {
            if (!destroyed.getValue()) {
                destroyed.setInvalid(true);
                destroyed.setErrorMessage(getTranslation("privacy.identity.error.otherCopiesNotConfirmed"));
                return;
            }
            dialog.close();
            act(() -> proofs.recordCheck(request.id(), chosen, true), "privacy.identity.checkRecorded");
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        checkDialog = dialog;
        otherCopiesDestroyed = destroyed;
        confirmCheck = confirm;
        dialog.getFooter().add(new Button(getTranslation("ui.action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void act(Runnable action, String doneKey) {
        UserActions.attempt(action, null, doneKey);
        onChange.run();
    }

    private static String suffixFor(String contentType) {
        return switch (contentType) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            default -> "";
        };
    }
}
