package be.classeur.privacy.ui;

import be.classeur.ui.components.Labels;
import be.classeur.privacy.Letter;
import be.classeur.privacy.LetterSentRow;
import be.classeur.privacy.LetterService;
import be.classeur.privacy.RequestDetail;
import be.classeur.privacy.domain.LetterKind;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.ui.components.Confirmations;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.Notifications;
import be.classeur.ui.components.OneClick;
import be.classeur.ui.components.UserActions;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The letters of one request: pick the kind and the language, edit the generated text, download it as a PDF on the
 * letterhead (or copy the text into an e-mail), then record when and how it was sent. Direct e-mail is offered only
 * when a mail sender is configured.
 */
public class LettersSection extends VerticalLayout {
    final Select<LetterKind> kind = new Select<>();
    final Select<String> language = new Select<>();
    final TextArea text = new TextArea();
    final Anchor pdf;
    final DatePicker sentOn = Formats.datePicker(null);
    final Select<RequestChannel> channel = new Select<>();
    final Button markSent = new Button();
    final Button send = new Button();
    final Button copy = new Button();
    final UnorderedList sentList = new UnorderedList();
    /** Shown when the letter would promise a reply by a date already past: its text says so instead. */
    final Paragraph latePromise = new Paragraph();

    private final transient LetterService letters;
    private final RequestDetail request;
    /** The text as last edited, read by the download (which does not run under the UI's lock). */
    private volatile String currentText = "";
    private volatile String currentLanguage = "fr";
    /** Run once an extension notice is recorded: it moves the request's deadline, so the page shows it again. */
    private Runnable onExtensionNotice = () -> { };

    /** The section for a request's page, with the services from the Spring context. */
    public static LettersSection of(RequestDetail request) {
        VaadinService service = VaadinService.getCurrent();
        return new LettersSection(service.getInstantiator().getOrCreate(LetterService.class),
                service.getInstantiator().getOrCreate(Clock.class), request);
    }

    public LettersSection(LetterService letters, Clock clock, RequestDetail request) {
        this.letters = letters;
        this.request = request;
        setPadding(false);
        addClassName("classeur-section");
        add(new H3(getTranslation("privacy.letter.section")));

        kind.setLabel(getTranslation("privacy.letter.kind"));
        kind.setItems(LetterKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : Labels.of(k));
        kind.setValue(defaultKind(request));
        language.setLabel(getTranslation("privacy.letter.language"));
        language.setItems(LetterService.LANGUAGES);
        language.setItemLabelGenerator(l -> l == null ? "" : getTranslation("privacy.letter.language." + l));
        String uiLanguage = getLocale() == null ? "fr" : getLocale().getLanguage();
        language.setValue(LetterService.LANGUAGES.contains(uiLanguage) ? uiLanguage : "fr");
        kind.addValueChangeListener(e -> regenerate());
        language.addValueChangeListener(e -> regenerate());

        text.setLabel(getTranslation("privacy.letter.text"));
        text.setHelperText(getTranslation("privacy.letter.text.help"));
        text.setWidthFull();
        text.setMinHeight("18em");
        text.setMaxLength(20_000);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(300);
        text.addValueChangeListener(e -> currentText = e.getValue());

        pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = letters.pdf(currentLanguage, currentText);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "lettre-" + request.id() + ".pdf",
                    "application/pdf", bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("privacy.letter.downloadPdf"));
        pdf.addClassName("classeur-download");

        sentOn.setLabel(getTranslation("privacy.letter.sentOn"));
        sentOn.setMin(request.receivedOn());
        sentOn.setMax(LocalDate.now(clock));
        // No default: the day it was sent is a fact the officer states; "today" would record a false one in one click.
        sentOn.setRequired(true);
        channel.setLabel(getTranslation("privacy.letter.channel"));
        channel.setItems(RequestChannel.EMAIL, RequestChannel.POST, RequestChannel.IN_PERSON);
        channel.setItemLabelGenerator(c -> c == null ? "" : Labels.of(c));
        channel.setValue(request.requesterEmail() == null ? RequestChannel.POST : RequestChannel.EMAIL);
        markSent.setText(getTranslation("privacy.letter.markSent"));
        markSent.setIcon(VaadinIcon.CHECK.create());
        OneClick.onClick(markSent, e -> markAsSent());
        send.setText(getTranslation("privacy.letter.send"));
        send.setIcon(VaadinIcon.ENVELOPE.create());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Direct sending only with a mail server configured and an address to send to; else "mark as sent" remains.
        send.setVisible(letters.canSendByMail() && request.requesterEmail() != null);
        OneClick.onClick(send, e -> confirmSending());
        copy.setText(getTranslation("privacy.letter.copy"));
        copy.setIcon(VaadinIcon.COPY_O.create());
        copy.addClickListener(e -> copyText());

        HorizontalLayout choice = new HorizontalLayout(kind, language);
        choice.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout sending = new HorizontalLayout(pdf, copy, sentOn, channel, markSent, send);
        sending.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        // Six controls do not fit beside each other on a laptop: they flow onto a second line instead of overflowing.
        sending.setWrap(true);
        latePromise.addClassName("classeur-late-promise");
        latePromise.getElement().setAttribute("role", "alert");
        latePromise.setVisible(false);
        add(choice, latePromise, text, sending, new Paragraph(getTranslation("privacy.letter.sentTitle")), sentList);
        regenerate();
        showSent();
    }

    /** What to do once an extension notice is recorded as sent (the request page reloads: deadline and version moved). */
    public LettersSection whenExtensionNoticeRecorded(Runnable action) {
        this.onExtensionNotice = action;
        return this;
    }

    private void recorded(LetterKind recordedKind) {
        showSent();
        if (recordedKind == LetterKind.EXTENSION) {
            onExtensionNotice.run();
        }
    }

    private static LetterKind defaultKind(RequestDetail d) {
        return switch (d.status()) {
            case AWAITING_IDENTITY -> LetterKind.IDENTITY_PROOF;
            case EXTENDED -> LetterKind.EXTENSION;
            case ANSWERED, CLOSED -> LetterKind.COMPLETION;
            case REFUSED -> LetterKind.REFUSAL;
            default -> LetterKind.ACKNOWLEDGEMENT;
        };
    }

    /** Generates the letter again from its template; the officer's edits of the previous text are replaced. */
    void regenerate() {
        if (kind.getValue() == null || language.getValue() == null) {
            return;
        }
        Letter letter = letters.render(request.id(), kind.getValue(), language.getValue());
        currentLanguage = letter.language();
        latePromise.setVisible(letter.promiseLate());
        latePromise.setText(letter.promiseLate()
                ? getTranslation("privacy.letter.promiseLate.warning", Formats.date(letter.latePromise())) : "");
        text.setValue(letter.text());
        currentText = letter.text();
    }

    void markAsSent() {
        if (sentOn.getValue() == null || sentOn.isInvalid()) {
            sentOn.setInvalid(true);
            sentOn.setErrorMessage(getTranslation(sentOn.getValue() == null
                    ? "privacy.letter.error.sentOnMissing" : "privacy.letter.error.sentOnInvalid"));
            return;
        }
        LetterKind marked = kind.getValue();
        if (UserActions.attempt(() -> letters.markSent(request.id(), marked, language.getValue(), sentOn.getValue(),
                channel.getValue()), null, "privacy.letter.markedSent")) {
            recorded(marked);
        }
    }

    void confirmSending() {
        Confirmations.confirm("privacy.letter.send.confirm.title", "privacy.letter.send.confirm.text",
                "privacy.letter.send.confirm", this::sendByMail, request.requesterEmail())
                .setConfirmButtonTheme("primary");
    }

    /** Sends the text as edited; on failure the text stays in the editor and nothing is recorded. */
    void sendByMail() {
        Letter letter = letters.render(request.id(), kind.getValue(), language.getValue());
        LetterKind sentKind = kind.getValue();
        if (UserActions.attempt(() -> letters.send(request.id(), sentKind, language.getValue(), letter.subject(),
                text.getValue()), null, "privacy.letter.sent")) {
            recorded(sentKind);
        }
    }

    /** Copies the letter into the clipboard; the browser may refuse (no permission, no secure context). */
    void copyText() {
        UI.getCurrent().getPage().executeJs("return navigator.clipboard.writeText($0)", text.getValue())
                .then(ok -> Notifications.success("privacy.letter.copied"),
                        error -> Notifications.error("privacy.letter.copyFailed"));
    }

    private void showSent() {
        sentList.removeAll();
        for (LetterSentRow row : letters.sentLetters(request.id())) {
            sentList.add(new ListItem(getTranslation("privacy.letter.sentLine", Labels.of(row.kind()),
                    Formats.date(row.sentOn()), Labels.of(row.channel()),
                    getTranslation("privacy.letter.language." + row.language()), row.sentBy())
                    + " " + getTranslation("privacy.letter.recordedAt", Formats.DATE_TIME.format(row.recordedAt()))));
        }
        if (sentList.getChildren().findAny().isEmpty()) {
            sentList.add(new ListItem(getTranslation("privacy.letter.noneSent")));
        }
    }
}
