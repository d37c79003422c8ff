package be.classeur.privacy.ui;

import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonalDataHandler;
import be.classeur.privacy.LetterService;
import be.classeur.privacy.RequestDetail;
import be.classeur.privacy.SubjectRightsService;
import be.classeur.privacy.domain.Right;
import be.classeur.ui.components.Confirmations;
import be.classeur.ui.components.Notifications;
import be.classeur.ui.components.OneClick;
import be.classeur.ui.components.UserActions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;

/**
 * What the privacy officer can do for the person behind a request, by the rights it invokes: build the export
 * (access, portability) and download it as JSON and PDF, covering every person the request covers; erase (after a
 * preview of what is erased and what must be kept, and a typed confirmation); restrict processing or lift the
 * restriction. Erasure and restriction act on the covered person chosen (the requester unless the officer picks a
 * child, or everyone). Nothing is offered until every match is confirmed. Every value is shown as text.
 */
public class SubjectActionsSection extends VerticalLayout {
    /** The word the user types to confirm an erasure. */
    static final String CONFIRM_WORD = "EFFACER";

    final Button export = new Button();
    /** The language of the export's PDF (fr, en, nl): the reader's, not the officer's. */
    final Select<String> exportLanguage = new Select<>();
    final Button erase = new Button();
    final Button restrict = new Button();
    final Button liftRestriction = new Button();
    final HorizontalLayout downloads = new HorizontalLayout();
    final Paragraph unavailable = new Paragraph();
    /** Whom erasure and restriction act on; the empty choice means every covered person. */
    final Select<SubjectRightsService.Subject> person = new Select<>();
    Anchor jsonDownload;
    Anchor pdfDownload;
    Dialog erasureDialog;
    TextField confirmation;
    Button confirmErase;

    private final transient SubjectRightsService subjectRights;
    private RequestDetail current;

    public SubjectActionsSection(SubjectRightsService subjectRights) {
        this.subjectRights = subjectRights;
        setPadding(false);
        addClassName("classeur-section");
        export.setText(getTranslation("privacy.actions.export"));
        export.setIcon(VaadinIcon.DOWNLOAD.create());
        OneClick.onClick(export, e -> buildExport());
        exportLanguage.setLabel(getTranslation("privacy.actions.exportLanguage"));
        exportLanguage.setItems(LetterService.LANGUAGES);
        exportLanguage.setItemLabelGenerator(l -> l == null ? "" : getTranslation("privacy.letter.language." + l));
        String uiLanguage = getLocale() == null ? "fr" : getLocale().getLanguage();
        exportLanguage.setValue(LetterService.LANGUAGES.contains(uiLanguage) ? uiLanguage : "fr");
        erase.setText(getTranslation("privacy.actions.erase"));
        erase.setIcon(VaadinIcon.TRASH.create());
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        OneClick.onClick(erase, e -> openErasure());
        restrict.setText(getTranslation("privacy.actions.restrict"));
        restrict.setIcon(VaadinIcon.LOCK.create());
        restrict.addClickListener(e -> Confirmations.confirm("privacy.actions.restrict", "privacy.actions.restrict.confirm",
                "privacy.actions.restrict", () -> act(() -> subjectRights.restrict(current.id(), chosen(), true), "privacy.actions.restricted")));
        liftRestriction.setText(getTranslation("privacy.actions.liftRestriction"));
        liftRestriction.setIcon(VaadinIcon.UNLOCK.create());
        liftRestriction.addClickListener(e -> Confirmations.confirm("privacy.actions.liftRestriction",
                "privacy.actions.liftRestriction.confirm", "privacy.actions.liftRestriction",
                () -> act(() -> subjectRights.restrict(current.id(), chosen(), false), "privacy.actions.restrictionLifted")));
        downloads.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        person.setLabel(getTranslation("privacy.actions.person"));
        person.setEmptySelectionAllowed(true);
        person.setEmptySelectionCaption(getTranslation("privacy.actions.person.everyone"));
        person.setItemLabelGenerator(s -> s == null ? getTranslation("privacy.actions.person.everyone")
                : getTranslation(s.requester() ? "privacy.actions.erase.requester" : "privacy.actions.erase.child", s.name()));
    }

    /** Shows the actions the request's rights allow; returns this section for the page to add. */
    public SubjectActionsSection showFor(RequestDetail detail) {
        removeAll();
        current = detail;
        downloads.removeAll();
        downloads.setVisible(false);
        Set<Right> rights = detail.rights();
        export.setVisible(rights.stream().anyMatch(SubjectRightsService.EXPORT_RIGHTS::contains));
        erase.setVisible(rights.contains(Right.ERASURE));
        boolean restriction = rights.stream().anyMatch(SubjectRightsService.RESTRICTION_RIGHTS::contains);
        restrict.setVisible(restriction);
        liftRestriction.setVisible(restriction);
        boolean any = export.isVisible() || erase.isVisible() || restriction;
        boolean known = detail.requester() != null;
        boolean confirmed = detail.allMatchesConfirmed();
        unavailable.setText(getTranslation(!known ? "privacy.actions.requesterUnknown"
                : !confirmed ? "privacy.actions.matchPending" : "privacy.actions.none"));
        unavailable.setVisible(!any || !known || !confirmed);
        boolean ready = known && confirmed;
        export.setEnabled(ready);
        exportLanguage.setVisible(export.isVisible());
        exportLanguage.setEnabled(ready);
        erase.setEnabled(ready);
        restrict.setEnabled(ready);
        liftRestriction.setEnabled(ready);
        List<SubjectRightsService.Subject> subjects = known ? subjectRights.subjectsOf(detail.id()) : List.of();
        person.setItems(subjects);
        person.setValue(subjects.stream().filter(SubjectRightsService.Subject::requester).findFirst().orElse(null));
        person.setVisible(subjects.size() > 1 && (erase.isVisible() || restriction));
        person.setEnabled(ready);
        HorizontalLayout buttons = new HorizontalLayout(person, exportLanguage, export, erase, restrict, liftRestriction);
        buttons.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        buttons.setWrap(true);
        add(new H3(getTranslation("privacy.actions.title")), unavailable, buttons, downloads);
        // After the requester's erasure, where the reply goes by post (the record itself no longer says it).
        subjectRights.replyAddress(detail.id()).ifPresent(address -> {
            Paragraph replyAddress = new Paragraph(getTranslation("privacy.request.replyAddress", address));
            replyAddress.getStyle().set("white-space", "pre-line");
            replyAddress.addClassName("reply-address");
            add(replyAddress);
        });
        return this;
    }

    private void buildExport() {
        SubjectRightsService.Export built;
        try {
            built = subjectRights.exportFor(current.id(), exportLanguage.getValue());
        } catch (BusinessRuleException rule) {
            Notifications.rule(rule);
            return;
        }
        downloads.removeAll();
        jsonDownload = download(built.json(), built.jsonFileName(), "application/json", "privacy.actions.downloadJson");
        pdfDownload = download(built.pdf(), built.pdfFileName(), "application/pdf", "privacy.actions.downloadPdf");
        downloads.add(new Span(getTranslation("privacy.actions.exportReady")), jsonDownload, pdfDownload);
        downloads.setVisible(true);
        Notifications.success("privacy.actions.exported");
    }

    private Anchor download(byte[] bytes, String fileName, String contentType, String labelKey) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event ->
                new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length), fileName);
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation(labelKey, fileName));
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }

    /** Lists, per person and part, what will be erased and what must be kept and why; then asks for the typed word. */
    private void openErasure() {
        List<SubjectRightsService.SubjectHoldings> preview;
        try {
            preview = subjectRights.preview(current.id(), chosen());
        } catch (BusinessRuleException rule) {
            Notifications.rule(rule);
            return;
        }
        Dialog dialog = new Dialog();
        erasureDialog = dialog;
        dialog.setHeaderTitle(getTranslation("privacy.actions.erase.title"));
        dialog.setWidth("min(48rem, 95vw)");
        dialog.add(new Paragraph(getTranslation("privacy.actions.erase.intro")));
        for (SubjectRightsService.SubjectHoldings subject : preview) {
            dialog.add(new H3(getTranslation(subject.subject().requester() ? "privacy.actions.erase.requester"
                    : "privacy.actions.erase.child", subject.subject().name())));
            boolean nothing = true;
            for (PersonalDataHandler.Holdings part : subject.holdings()) {
                if (part.isEmpty()) {
                    continue;
                }
                nothing = false;
                dialog.add(new H4(getTranslation("privacy.actions.erase.part", partLabel(part.part()))));
                if (!part.held().isEmpty()) {
                    dialog.add(new Span(getTranslation("privacy.actions.erase.erased")));
                    UnorderedList held = new UnorderedList();
                    part.held().forEach(item -> held.add(new ListItem(getTranslation(item))));
                    dialog.add(held);
                }
                if (!part.retained().isEmpty()) {
                    dialog.add(new Span(getTranslation("privacy.actions.erase.kept")));
                    UnorderedList kept = new UnorderedList();
                    part.retained().forEach(r -> kept.add(new ListItem(
                            getTranslation("privacy.actions.erase.keptBecause", getTranslation(r.what()), getTranslation(r.reasonKey())))));
                    dialog.add(kept);
                }
            }
            if (nothing) {
                dialog.add(new Paragraph(getTranslation("privacy.actions.erase.nothing")));
            }
        }
        confirmation = new TextField(getTranslation("privacy.actions.erase.typeWord", CONFIRM_WORD));
        confirmation.setHelperText(getTranslation("privacy.actions.erase.irreversible"));
        confirmation.setWidthFull();
        dialog.add(confirmation);
        confirmErase = OneClick.button(getTranslation("privacy.actions.erase"), e -> {
            if (!CONFIRM_WORD.equals(confirmation.getValue().strip())) {
                confirmation.setInvalid(true);
                confirmation.setErrorMessage(getTranslation("privacy.actions.erase.wrongWord", CONFIRM_WORD));
                return;
            }
            dialog.close();
            act(() -> subjectRights.erase(current.id(), chosen()), "privacy.actions.erased");
        });
        confirmErase.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("ui.action.cancel"), e -> dialog.close()), confirmErase);
        dialog.open();
        confirmation.focus();
    }

    /** The covered person chosen for erasure or restriction; null for every one of them. */
    private DataSubjectRef chosen() {
        return person.getValue() == null ? null : person.getValue().ref();
    }

    /** The part's name in the user's language (every handler's part has a label; a test checks it). */
    private String partLabel(String part) {
        return getTranslation("privacy.actions.part." + part);
    }

    private void act(Runnable action, String doneKey) {
        UserActions.attempt(action, null, doneKey);
    }
}
