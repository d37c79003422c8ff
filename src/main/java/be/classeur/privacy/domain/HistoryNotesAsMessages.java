package be.classeur.privacy.domain;

import be.classeur.kernel.JdbcDataMigration;
import be.classeur.kernel.DisplayFormats;
import be.classeur.kernel.Message;
import be.classeur.kernel.Message.Arg;
import be.classeur.kernel.Message.Day;
import be.classeur.kernel.Message.Joined;
import be.classeur.kernel.Message.Label;
import be.classeur.kernel.Message.Part;
import be.classeur.kernel.Message.Text;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Liquibase change (db/changelog/2026/12/02-privacy-history-messages.yaml): the history notes were stored as French
 * sentences (one in English); they become a message key and typed arguments, rendered in the reader's language. The
 * sentences the application wrote are recognised here by the patterns it used, written out as they were, so that this
 * change keeps reading old rows the same way whatever the translations become. A note no pattern recognises (typed by
 * an officer, or cut short at 1000 characters) is kept as written, as a {@link Message#literal}: nothing is lost.
 */
public class HistoryNotesAsMessages extends JdbcDataMigration {
    private static final Pattern PERSON = Pattern.compile("(élève|responsable|formateur) n° (\\d+)");
    private static final Map<String, String> PERSON_KEYS = Map.of("élève", "privacy.history.person.PUPIL",
            "responsable", "privacy.history.person.GUARDIAN", "formateur", "privacy.history.person.TRAINER");
    private static final Map<String, String> RECIPIENT_CHANGES = Map.of("la rectification", "RECTIFIED",
            "l’effacement", "ERASED", "la limitation du traitement", "RESTRICTED");
    /** The French labels of the fields a rectification names, as they read when those lines were written. */
    private static final Map<String, String> FIELD_KEYS = Map.ofEntries(
            Map.entry("Prénom", "people.field.firstName"), Map.entry("Nom de famille", "people.field.lastName"),
            Map.entry("E-mail", "people.field.email"), Map.entry("Téléphone", "people.field.phone"),
            Map.entry("Rue et numéro", "people.field.street"), Map.entry("Code postal", "people.field.postalCode"),
            Map.entry("Localité", "people.field.city"), Map.entry("Pays", "people.field.country"),
            Map.entry("Notes", "people.field.notes"), Map.entry("Date de naissance", "people.pupil.field.birthDate"),
            Map.entry("Année scolaire", "people.pupil.field.schoolYear"), Map.entry("École", "people.pupil.field.school"),
            Map.entry("Statut", "people.pupil.field.stage"), Map.entry("Source des données", "people.pupil.field.dataSource"),
            Map.entry("Matières demandées", "people.pupil.field.subjects"),
            Map.entry("Disponibilités", "people.trainer.field.availability"),
            Map.entry("Convention de confidentialité signée le", "people.trainer.field.agreementSignedOn"),
            Map.entry("Matières enseignées", "people.trainer.field.subjects"));
    private static final String CHANGE = "(la rectification|l’effacement|la limitation du traitement)";
    private static final String TRAINERS = "(formateur n° \\d+(?:, formateur n° \\d+)*)";
    private static final String WITHOUT_ACCOUNT = "(?: Sans compte, à informer par un autre moyen : " + TRAINERS + "\\.)?";
    private static final String COPIES_DELETED = " Copies supprimées ; les copies reçues par e-mail ou sur papier sont"
            + " confirmées supprimées ou détruites.";

    /** Each sentence the application wrote, as a pattern, and how its groups become the message. */
    private static final Map<Pattern, Function<Matcher, @Nullable Message>> SENTENCES = new LinkedHashMap<>();

    static {
        sentence("Âge vérifié pour l’enfant n° (\\d+) \\(sans date de naissance enregistrée\\) : mineur à la réception"
                + " de la demande\\.", m -> Message.of("privacy.history.minorChecked", number(m.group(1))));
        sentence("Intérêts de l’enfant n° (\\d+) \\(13 ans ou plus\\) pesés : export complet au parent\\.",
                m -> Message.of("privacy.childInterest.history.FULL_EXPORT", number(m.group(1))));
        sentence("Intérêts de l’enfant n° (\\d+) \\(13 ans ou plus\\) pesés : réponse limitée, après avoir entendu"
                + " l’enfant\\.", m -> Message.of("privacy.childInterest.history.LIMITED_AFTER_HEARING", number(m.group(1))));
        sentence("Délai prolongé pendant l’attente de la preuve d’identité\\. Motifs : (.+)",
                m -> Message.of("privacy.history.extendedAwaitingIdentity", new Text(m.group(1))));
        sentence("Date de réception corrigée du ([0-9/-]+) au ([0-9/-]+)\\. Motif : (.+)", m -> {
            LocalDate before = date(m.group(1));
            LocalDate after = date(m.group(2));
            return before == null || after == null ? null
                    : Message.of("privacy.history.receiptCorrected", before, after, new Text(m.group(3)));
        });
        sentence("Vérification d’identité enregistrée : identité confirmée\\." + Pattern.quote(COPIES_DELETED),
                m -> Message.of("privacy.identity.history.checked.CONFIRMED"));
        sentence("Vérification d’identité enregistrée : identité non confirmée\\." + Pattern.quote(COPIES_DELETED),
                m -> Message.of("privacy.identity.history.checked.NOT_CONFIRMED"));
        sentence("Une copie de pièce d’identité supprimée automatiquement : conservée\\(s\\) plus de (\\d+) jours\\.",
                m -> Message.of("privacy.identity.history.expired", 1L, number(m.group(1))));
        sentence("(\\d+) copies de pièce d’identité supprimées automatiquement : conservée\\(s\\) plus de (\\d+) jours\\.",
                m -> Message.of("privacy.identity.history.expired", number(m.group(1)), number(m.group(2))));
        sentence("identity confirmed", m -> Message.of("privacy.identity.history.confirmedStep"));
        sentence("Rectification \\(" + PERSON.pattern() + "\\) : (.+)", m -> {
            List<Arg> fields = new ArrayList<>();
            for (String label : m.group(3).split(", ")) {
                String key = FIELD_KEYS.get(label);
                if (key == null) {
                    return null; // a label this change does not know: the line is kept as written
                }
                fields.add(new Label(key));
            }
            return Message.of("privacy.choices.history.rectified", person(m.group(1), m.group(2)), new Joined(fields));
        });
        sentence("Opposition aux nouvelles des activités / retrait du consentement enregistré : (.+)", m -> {
            List<Arg> people = new ArrayList<>();
            for (String item : m.group(1).split(", ")) {
                Matcher p = Pattern.compile(PERSON.pattern() + "( \\(déjà enregistrée\\))?").matcher(item);
                if (!p.matches()) {
                    return null;
                }
                Message person = person(p.group(1), p.group(2));
                people.add(new Part(p.group(3) == null ? person : Message.of(Message.SENTENCES, person,
                        new Label("privacy.choices.history.alreadyObjecting"))));
            }
            return Message.of("privacy.choices.history.objection", new Joined(people));
        });
        sentence("Destinataires informés de " + CHANGE + " \\(RGPD, art\\. 19\\) : " + TRAINERS + "\\." + WITHOUT_ACCOUNT,
                m -> withoutAccount(Message.of("privacy.recipients.history.told", change(m.group(1)), trainers(m.group(2))),
                        m.group(3)));
        sentence("Aucun destinataire n’a pu être informé de " + CHANGE + " dans l’application \\(RGPD, art\\. 19\\)\\."
                + WITHOUT_ACCOUNT, m -> withoutAccount(Message.of("privacy.recipients.history.noneTold", change(m.group(1))),
                m.group(2)));
    }

    private static void sentence(String regex, Function<Matcher, @Nullable Message> message) {
        SENTENCES.put(Pattern.compile(regex, Pattern.DOTALL), message);
    }

    /** The message an old note stands for: a recognised sentence with its arguments, or the note kept as written. */
    public static Message message(String note) {
        for (Map.Entry<Pattern, Function<Matcher, @Nullable Message>> sentence : SENTENCES.entrySet()) {
            Matcher m = sentence.getKey().matcher(note);
            if (m.matches()) {
                Message message = sentence.getValue().apply(m);
                if (message != null) {
                    return message;
                }
            }
        }
        return new Message(Message.LITERAL, List.of(new Text(note)));
    }

    private static Long number(String digits) {
        return Long.parseLong(digits);
    }

    /** Dates were written in the display format (DisplayFormats.DATE, dd/MM/yyyy), and ISO before that. */
    private static @Nullable LocalDate date(String text) {
        for (DateTimeFormatter format : List.of(DisplayFormats.DATE, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException notThisOne) {
                // try the next
            }
        }
        return null;
    }

    private static Message person(String role, String number) {
        return Message.of(PERSON_KEYS.get(role), number(number));
    }

    private static Label change(String words) {
        return new Label("privacy.recipients.change." + RECIPIENT_CHANGES.get(words));
    }

    private static Joined trainers(String list) {
        List<Arg> trainers = new ArrayList<>();
        Matcher m = PERSON.matcher(list);
        while (m.find()) {
            trainers.add(new Part(person(m.group(1), m.group(2))));
        }
        return new Joined(trainers);
    }

    private static Message withoutAccount(Message told, @Nullable String untold) {
        return untold == null ? told
                : Message.of(Message.SENTENCES, told, Message.of("privacy.recipients.history.withoutAccount", trainers(untold)));
    }

    @Override
    protected int changeRows(Connection connection) throws SQLException {
        return migrate(connection);
    }

    /** Writes the key and arguments of every history line that has a note; returns how many. */
    static int migrate(Connection connection) throws SQLException {
        Map<Long, String> notes = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, note from request_status_change where note is not null");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                notes.put(rows.getLong(1), rows.getString(2));
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update request_status_change set note_key = ?, note_args = ? where id = ?")) {
            for (Map.Entry<Long, String> note : notes.entrySet()) {
                Message message = message(note.getValue());
                update.setString(1, message.key());
                update.setString(2, message.argsJson());
                update.setLong(3, note.getKey());
                update.executeUpdate();
            }
        }
        return notes.size();
    }

    @Override
    protected String done(int changed) {
        return changed + " history note(s) stored as messages";
    }
}
