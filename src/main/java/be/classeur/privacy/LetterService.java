package be.classeur.privacy;

import be.classeur.kernel.Translations;
import be.classeur.kernel.DisplayFormats;
import static be.classeur.privacy.domain.RightsRequestRepository.require;

import be.classeur.kernel.Actors;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.Organisation;
import be.classeur.kernel.LegalHolds;
import be.classeur.kernel.PersonalDataHandler;
import be.classeur.kernel.calendar.LegalDeadline;
import be.classeur.privacy.domain.LetterKind;
import be.classeur.privacy.domain.LetterSent;
import be.classeur.privacy.domain.LetterSentRepository;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.RequestStatusChange;
import be.classeur.privacy.domain.RequestStatusChangeRepository;
import be.classeur.privacy.domain.Right;
import be.classeur.privacy.domain.RightsRequest;
import be.classeur.privacy.domain.RightsRequestRepository;
import be.classeur.privacy.PdfDocument.Style;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters of a rights request (GDPR art. 12): acknowledgement, extension notice (with reasons and the extended
 * deadline), request for identity proof, completion and refusal (with reasons, the right to complain to the Autorité de
 * protection des données and to go to court). Templates live in the translation files
 * ({@code privacy.letter.<kind>.subject/body}); {0} is the requester's name, {1} the date received, {2} the deadline,
 * {3} the reasons, {4} the request number, {5} the rights asked for, {6} the organisation, {7} its address, {8} its
 * privacy e-mail, {9} the supervisory authority (name, address, e-mail, website), {10} whether the reply is within the
 * legal deadline or late (completion and refusal), {11} what a completion letter adds: the art. 15 information for an
 * access request ({@link AccessReplyInformation}) and, for an erasure, what was kept and why, {12} the sentence of a
 * letter that promises a reply by a date (acknowledgement, extension, identity proof): {@code .promise}, or
 * {@code .promise.late} when that date is already past. The organisation's facts
 * come from {@link Organisation}, never from the templates. The officer edits the generated text before
 * sending; it renders as plain text and as a PDF with the organisation's letterhead. It is e-mailed from here when
 * a mail server is configured ({@link LetterMailer}), otherwise marked as sent; both are audited.
 */
@Service
@Transactional(readOnly = true)
public class LetterService {
    private static final Logger log = LoggerFactory.getLogger(LetterService.class);
    static final String ACCESS = "hasRole('PRIVACY_OFFICER')";
    public static final List<String> LANGUAGES = List.of("fr", "en", "nl");
    private static final DateTimeFormatter DATE = DisplayFormats.DATE;
    private static final int MAX_TEXT = 20_000;

    private final RightsRequestRepository requests;
    private final RequestStatusChangeRepository changes;
    private final LetterSentRepository sent;
    private final ObjectProvider<LetterMailer> mailer;
    private final RequestAuditTrail audit;
    private final Clock clock;
    private final Organisation organisation;
    private final AccessReplyInformation accessInformation;
    private final SubjectRightsService subjectRights;

    LetterService(RightsRequestRepository requests, RequestStatusChangeRepository changes, LetterSentRepository sent,
                  ObjectProvider<LetterMailer> mailer, RequestAuditTrail audit, Clock clock, Organisation organisation,
                  AccessReplyInformation accessInformation, SubjectRightsService subjectRights) {
        this.organisation = organisation;
        this.accessInformation = accessInformation;
        this.subjectRights = subjectRights;
        this.requests = requests;
        this.changes = changes;
        this.sent = sent;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
    }

    /** The letter generated from its template for this request, in fr, en or nl. */
    @PreAuthorize(ACCESS)
    public Letter render(long requestId, LetterKind kind, String language) {
        if (kind == null) {
            throw new BusinessRuleException("privacy.letter.error.kindMissing");
        }
        String lang = language(language);
        RightsRequest r = require(requests, requestId);
        ResourceBundle bundle = bundle(lang);
        LocalDate deadline = kind == LetterKind.EXTENSION ? LegalDeadline.extendedDeadline(r.getReceivedOn()) : r.deadline();
        String reasons = switch (kind) {
            case EXTENSION -> r.getExtensionReason() == null ? bundle.getString("privacy.letter.reasonsToComplete") : r.getExtensionReason();
            case REFUSAL -> refusalReasons(r, lang).isBlank() ? bundle.getString("privacy.letter.reasonsToComplete") : refusalReasons(r, lang);
            case RESTRICTION_LIFTED -> bundle.getString("privacy.letter.reasonsToComplete");
            default -> "";
        };
        String rights = r.getRights().stream().sorted()
                .map(right -> bundle.getString(right.labelKey()) + " (art. " + right.article() + ")")
                .collect(Collectors.joining(", "));
        Organisation.Authority authority = organisation.authority();
        String authorityLine = String.join(", ", authority.name(lang), authority.address(lang), authority.email(),
                authority.website());
        boolean reply = kind == LetterKind.COMPLETION || kind == LetterKind.REFUSAL;
        LocalDate today = LocalDate.now(clock);
        boolean promises = kind == LetterKind.ACKNOWLEDGEMENT || kind == LetterKind.EXTENSION
                || kind == LetterKind.IDENTITY_PROOF;
        // A letter dated today never promises a reply by a day already past: it says the limit has passed and apologises.
        boolean late = promises && deadline.isBefore(today);
        String promise = !promises ? "" : new MessageFormat(bundle.getString(kind.templateKey() + (late ? ".promise.late" : ".promise")),
                Locale.of(lang)).format(new Object[] {DATE.format(deadline), DATE.format(today)});
        Object[] params = {r.getRequesterName(), DATE.format(r.getReceivedOn()), DATE.format(deadline), reasons,
                String.valueOf(r.getId()), rights, organisation.name(), organisation.address(),
                organisation.privacyEmail(), authorityLine, reply ? deadlineStatement(r, bundle, lang) : "",
                kind == LetterKind.COMPLETION ? completionDetails(r, bundle, lang) : "", promise};
        Locale locale = Locale.of(lang);
        String subject = new MessageFormat(bundle.getString(kind.templateKey() + ".subject"), locale).format(params);
        String body = new MessageFormat(bundle.getString(kind.templateKey() + ".body"), locale).format(params);
        String text = new MessageFormat(bundle.getString("privacy.letter.subjectLine"), locale).format(new Object[] {subject})
                + "\n\n" + body;
        return new Letter(requestId, kind, lang, subject, body, text, late ? deadline : null);
    }

    /**
     * Whether the reply meets the deadline, said plainly: "within the legal deadline" only when the reply (as recorded,
     * else today, the letter's date) is on or before it; otherwise that it is late, with an apology.
     */
    private String deadlineStatement(RightsRequest r, ResourceBundle bundle, String lang) {
        LocalDate replyOn = r.getReplyRecordedOn() != null ? r.getReplyRecordedOn() : LocalDate.now(clock);
        boolean late = replyOn.isAfter(r.deadline());
        return new MessageFormat(bundle.getString(late ? "privacy.letter.deadline.late" : "privacy.letter.deadline.onTime"),
                Locale.of(lang)).format(new Object[] {DATE.format(r.deadline()), DATE.format(replyOn)});
    }

    /**
     * What the completion letter adds to the officer's description: for an access request the art. 15 information,
     * for an erasure request what was kept and why (the handlers' own account, as the erasure preview shows it).
     * Each block ends with a blank line; empty when neither right was asked for.
     */
    private String completionDetails(RightsRequest r, ResourceBundle bundle, String lang) {
        StringBuilder out = new StringBuilder();
        if (r.getRights().contains(Right.ERASURE)) {
            List<PersonalDataHandler.Retained> kept = subjectRights.keptOnErasure(r.getId());
            if (kept.isEmpty()) {
                out.append(bundle.getString("privacy.letter.kept.nothing")).append("\n\n");
            } else {
                out.append(bundle.getString("privacy.letter.kept.intro"));
                MessageFormat line = new MessageFormat(bundle.getString("privacy.letter.kept.item"), Locale.of(lang));
                for (PersonalDataHandler.Retained item : kept) {
                    out.append("\n").append(line.format(new Object[] {bundle.getString(item.what()),
                            bundle.getString(item.reasonKey())}));
                }
                out.append("\n\n");
            }
        }
        if (r.getRights().contains(Right.ACCESS)) {
            out.append(accessInformation.text(lang)).append("\n\n");
        }
        return out.toString();
    }

    /**
     * The reasons of the refusal: the officer's note, then, for an erasure that a legal hold stops, the hold's reason
     * under art. 17(3)(e), so that the letter never leaves it out.
     */
    private String refusalReasons(RightsRequest r, String lang) {
        String note = changes.findByRequestIdOrderByChangedAtAscIdAsc(r.getId()).stream()
                .filter(c -> c.getToStatus() == RequestStatus.REFUSED && c.getNote() != null)
                .map(c -> c.getNote().render(Locale.of(lang)))
                .reduce((first, last) -> last).orElse("");
        ResourceBundle bundle = bundle(lang);
        StringBuilder reasons = new StringBuilder(note);
        for (LegalHolds.Hold hold : subjectRights.holdsAgainstErasure(r.getId())) {
            String template = bundle.getString(hold.until() == null ? "privacy.letter.legalHold" : "privacy.letter.legalHoldUntil");
            if (!reasons.isEmpty()) {
                reasons.append("\n");
            }
            reasons.append(new MessageFormat(template, Locale.of(lang)).format(new Object[] {hold.reason(),
                    hold.until() == null ? "" : DATE.format(hold.until())}));
        }
        return reasons.toString();
    }

    /** The (edited) text as a PDF letter on the organisation's letterhead, dated today. */
    @PreAuthorize(ACCESS)
    public byte[] pdf(String language, String text) {
        String lang = language(language);
        String content = checkedText(text);
        ResourceBundle bundle = bundle(lang);
        String placeDate = new MessageFormat(bundle.getString("privacy.letter.placeDate"), Locale.of(lang))
                .format(new Object[] {DATE.format(LocalDate.now(clock)), organisation.city()});
        return PdfDocument.write(PdfDocument.Layout.LETTER, organisation.name(), null, "the letter", pdf -> pdf
                .paragraph(Style.HEADING, organisation.name())
                .paragraph(Style.SMALL, organisation.address())
                .paragraph(Style.SMALL, organisation.privacyEmail())
                .rightAligned(Style.LETTER, placeDate, 24, 18)
                .body(Style.LETTER, content, 15));
    }

    /** Whether letters can be e-mailed from the application (a mail sender is configured). */
    @PreAuthorize(ACCESS)
    public boolean canSendByMail() {
        return mailer.getIfAvailable() != null;
    }

    /**
     * E-mails the (edited) letter to the requester with its PDF attached, when a mail sender is configured, and records
     * it as sent today by e-mail. The mail's subject is the text's first line when it is the subject line ("Objet : …",
     * as edited), else {@code subject}. The record is written first and rolled back if the server refuses the mail,
     * so a letter is never marked sent without having left.
     */
    @PreAuthorize(ACCESS)
    @Transactional
    public long send(long requestId, LetterKind kind, String language, String subject, String text) {
        LetterMailer m = mailer.getIfAvailable();
        if (m == null) {
            throw new BusinessRuleException("privacy.letter.error.noMail");
        }
        RightsRequest r = require(requests, requestId);
        if (r.getRequesterEmail() == null) {
            throw new BusinessRuleException("privacy.letter.error.noAddress");
        }
        String lang = language(language);
        String content = checkedText(text);
        // Read before recording: a reply to an erased requester lets the request forget the address (recordReply).
        String to = r.getRequesterEmail();
        long id = record(r, kind, lang, LocalDate.now(clock), RequestChannel.EMAIL, "RIGHTS_REQUEST_LETTER_EMAILED");
        String[] mail = subjectAndBody(lang, subject, content);
        try {
            m.send(to, mail[0], mail[1], "lettre-" + requestId + ".pdf", pdf(lang, content));
        } catch (MailException e) {
            // The log names the request and the kind of failure only: the server's message may quote the address.
            log.warn("Letter {} of rights request {} could not be e-mailed: {}", kind, requestId,
                    e.getMostSpecificCause().getClass().getName());
            throw new BusinessRuleException("privacy.letter.error.mailFailed");
        }
        return id;
    }

    /** Splits an edited letter into the mail's subject and body (see {@link #send}). */
    static String[] subjectAndBody(String language, String fallbackSubject, String text) {
        String template = bundle(language).getString("privacy.letter.subjectLine");
        String prefix = template.substring(0, Math.max(0, template.indexOf("{0}")));
        String[] lines = text.strip().split("\\R", 2);
        String first = lines[0].strip();
        if (!prefix.isBlank() && first.startsWith(prefix.strip()) && first.length() > prefix.strip().length()) {
            String edited = first.substring(prefix.strip().length()).strip();
            String body = lines.length > 1 ? lines[1].strip() : "";
            if (!edited.isEmpty() && !body.isEmpty()) {
                return new String[] {edited, body};
            }
        }
        String fallback = fallbackSubject == null || fallbackSubject.isBlank()
                ? bundle(language).getString("privacy.letter.mailSubject") : fallbackSubject.strip();
        return new String[] {fallback.replaceAll("\\R", " "), text};
    }

    /** Records that the letter was sent (by the officer's own mail or by post) on the given date. */
    @PreAuthorize(ACCESS)
    @Transactional
    public long markSent(long requestId, LetterKind kind, String language, LocalDate sentOn, RequestChannel channel) {
        return record(require(requests, requestId), kind, language(language), sentOn, channel, "RIGHTS_REQUEST_LETTER_SENT");
    }

    private long record(RightsRequest r, LetterKind kind, String lang, LocalDate sentOn, RequestChannel channel,
                        String action) {
        if (kind == null) {
            throw new BusinessRuleException("privacy.letter.error.kindMissing");
        }
        if (channel == null) {
            throw new BusinessRuleException("privacy.error.channelMissing");
        }
        if (sentOn == null || sentOn.isAfter(LocalDate.now(clock)) || sentOn.isBefore(r.getReceivedOn())) {
            throw new BusinessRuleException("privacy.letter.error.sentOnInvalid");
        }
        if (kind == LetterKind.EXTENSION) {
            // The extension counts only once the requester is told (art. 12(3)): the request's deadline follows.
            r.recordExtensionNotice(sentOn, clock.instant());
        }
        long id = sent.save(new LetterSent(r.getId(), kind, lang, sentOn, Actors.current(), channel,
                clock.instant())).getId();
        audit.changed(r, action, "letter " + kind + " (" + lang + ") sent on " + sentOn + " by " + channel);
        if (kind.isReply() && r.getReplyRecordedOn() == null && r.getStatus() != RequestStatus.RECEIVED
                && r.getStatus() != RequestStatus.CLOSED) {
            // The completion or refusal letter is the reply: recording it records the reply, whichever way it was
            // sent, so that what the request held only for the reply (an erased requester's address) goes with it.
            r.recordReply(sentOn, clock.instant());
            audit.changed(r, "RIGHTS_REQUEST_REPLIED", "reply sent on " + sentOn + " (letter " + kind + ")");
        }
        return id;
    }

    /** The letters sent for a request, oldest first. */
    @PreAuthorize(ACCESS)
    public List<LetterSentRow> sentLetters(long requestId) {
        return sent.findByRequestIdOrderBySentOnAscIdAsc(requestId).stream()
                .map(l -> new LetterSentRow(l.getId(), l.getRequestId(), l.getKind(), l.getLanguage(), l.getSentOn(),
                        l.getSentBy(), l.getChannel(), l.getRecordedAt()))
                .toList();
    }

    private static String checkedText(String text) {
        if (text == null || text.isBlank()) {
            throw new BusinessRuleException("privacy.letter.error.empty");
        }
        if (text.length() > MAX_TEXT) {
            throw new BusinessRuleException("privacy.letter.error.tooLong", MAX_TEXT);
        }
        return text;
    }

    private static String language(String language) {
        String lang = language == null ? "fr" : language.strip().toLowerCase();
        if (!LANGUAGES.contains(lang)) {
            throw new BusinessRuleException("privacy.letter.error.language");
        }
        return lang;
    }

    private static ResourceBundle bundle(String lang) {
        return Translations.bundle(Locale.of(lang));
    }
}
