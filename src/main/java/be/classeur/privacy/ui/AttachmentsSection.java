package be.classeur.privacy.ui;

import be.classeur.ui.components.Labels;
import be.classeur.privacy.RequestAttachmentRow;
import be.classeur.privacy.RequestAttachmentService;
import be.classeur.privacy.RequestDetail;
import be.classeur.privacy.StoredDocument;
import be.classeur.privacy.domain.CopyDeletion;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.ui.components.Confirmations;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.UserActions;
import be.classeur.ui.components.Uploads;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The documents received with a request (the scanned letter, a printed e-mail): each listed by name as text, opened
 * from an encrypted store, removable with confirmation; new ones are added while the request is not closed.
 */
public class AttachmentsSection extends VerticalLayout {
    final UnorderedList documents = new UnorderedList();
    final Paragraph empty = new Paragraph();
    final Upload upload;
    /** Whether the next uploaded document is a copy of an identity document. */
    final Checkbox identityDocument = new Checkbox();

    private final transient RequestAttachmentService attachments;
    private final transient Runnable onChange;
    /** Identity documents are not taken any more once the request is refused or closed (its copies are gone). */
    private final boolean identityDocumentsTaken;

    /** The section for a request's page, with the service from the Spring context. */
    public static AttachmentsSection of(RequestDetail request, Runnable onChange) {
        return new AttachmentsSection(VaadinService.getCurrent().getInstantiator().getOrCreate(RequestAttachmentService.class),
                request, onChange);
    }

    public AttachmentsSection(RequestAttachmentService attachments, RequestDetail request, Runnable onChange) {
        this.attachments = attachments;
        this.onChange = onChange;
        this.identityDocumentsTaken = request.status() != RequestStatus.REFUSED && request.status() != RequestStatus.CLOSED;
        setPadding(false);
        addClassName("classeur-section");
        add(new H3(getTranslation("privacy.attachment.section")));

        List<RequestAttachmentRow> rows = attachments.attachmentsOf(request.id());
        rows.forEach(row -> documents.add(line(row)));
        documents.setVisible(!rows.isEmpty());
        empty.setText(getTranslation("privacy.attachment.none"));
        empty.setVisible(rows.isEmpty());
        add(empty, documents);

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                act(() -> attachments.attach(request.id(), metadata.fileName(), bytes, identityDocument.getValue()),
                        "privacy.attachment.added")));
        Uploads.configure(upload, RequestAttachmentService.ACCEPTED.keySet(), RequestAttachmentService.MAX_BYTES, 10);
        boolean open = request.status() != RequestStatus.CLOSED;
        upload.setVisible(open);
        identityDocument.setLabel(getTranslation("privacy.attachment.identityDocument"));
        identityDocument.setHelperText(getTranslation("privacy.attachment.identityDocument.help", copyMaxAgeDays()));
        identityDocument.setVisible(identityDocumentsTaken);
        Span help = new Span(getTranslation("privacy.attachment.upload.help"));
        help.addClassName("classeur-help");
        help.setVisible(open);
        add(identityDocument, upload, help);
    }

    private int copyMaxAgeDays() {
        return attachments.identityCopyMaxAgeDays();
    }

    private ListItem line(RequestAttachmentRow row) {
        ListItem item = new ListItem();
        if (row.kept()) {
            Anchor open = new Anchor(DownloadHandler.fromInputStream(event -> {
                StoredDocument doc = attachments.open(row.id());
                return new DownloadResponse(new ByteArrayInputStream(doc.content()), doc.fileName(), doc.contentType(),
                        doc.content().length);
            }), AttachmentType.DOWNLOAD, row.originalName());
            open.addClassName("classeur-download");
            item.add(open);
        } else {
            item.add(new Span(row.originalName()));
        }
        item.add(new Span(" · " + getTranslation("privacy.attachment.line", size(row.sizeBytes()),
                Formats.DATE_TIME.format(row.uploadedAt()), row.uploadedBy())));
        if (row.identityDocument()) {
            Span identity = new Span(" · " + getTranslation("privacy.attachment.line.identity"));
            identity.addClassName("classeur-identity-document");
            item.add(identity);
        }
        if (row.kept() && !row.identityDocument() && identityDocumentsTaken) {
            Button mark = new Button(getTranslation("privacy.attachment.markIdentity"), VaadinIcon.USER_CARD.create());
            mark.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            mark.setAriaLabel(getTranslation("privacy.attachment.markIdentity.aria", row.originalName()));
            mark.addClickListener(e -> Confirmations.confirm("privacy.attachment.markIdentity",
                    "privacy.attachment.markIdentity.confirm", "privacy.attachment.markIdentity",
                    () -> act(() -> attachments.markIdentityDocument(row.id()), "privacy.attachment.markedIdentity"),
                    row.originalName(), copyMaxAgeDays()));
            item.add(new Span(" "), mark);
        }
        if (row.kept()) {
            Button remove = new Button(getTranslation("privacy.attachment.remove"), VaadinIcon.TRASH.create());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("privacy.attachment.remove.aria", row.originalName()));
            remove.addClickListener(e -> Confirmations.confirm("privacy.attachment.remove", "privacy.attachment.remove.confirm",
                    "privacy.attachment.remove", () -> act(() -> attachments.remove(row.id()), "privacy.attachment.removed"),
                    row.originalName()));
            item.add(new Span(" "), remove);
        } else if (row.deletionCause() != null && row.deletionCause() != CopyDeletion.REMOVED) {
            item.add(new Span(" · " + getTranslation("privacy.attachment.line.deletedBecause",
                    Formats.DATE_TIME.format(row.deletedAt()), Labels.of(row.deletionCause()))));
        } else {
            item.add(new Span(" · " + getTranslation("privacy.attachment.line.removed",
                    Formats.DATE_TIME.format(row.deletedAt()), row.deletedBy())));
        }
        return item;
    }

    private String size(long bytes) {
        return bytes < 1024 * 1024
                ? getTranslation("privacy.attachment.size.kb", Math.max(1, Math.round(bytes / 1024.0)))
                : getTranslation("privacy.attachment.size.mb", String.format(getLocale(), "%.1f", bytes / (1024.0 * 1024)));
    }

    private void act(Runnable action, String doneKey) {
        UserActions.attempt(action, null, doneKey);
        onChange.run();
    }
}
