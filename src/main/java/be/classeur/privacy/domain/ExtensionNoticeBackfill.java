package be.classeur.privacy.domain;

import be.classeur.kernel.JdbcDataMigration;
import be.classeur.kernel.calendar.LegalDeadline;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Liquibase change (db/changelog/2026/12/01-privacy-extension-notice.yaml) for requests extended before an extension
 * needed its notice: the earliest EXTENSION letter recorded as sent on or before the first deadline becomes the notice
 * date and the extended deadline stays due; without one, the request is due on its first deadline again, as
 * {@link RightsRequest#deadline()} now says. The first deadline needs the working-day calendar, hence Java.
 */
public class ExtensionNoticeBackfill extends JdbcDataMigration {
    @Override
    protected int changeRows(Connection connection) throws SQLException {
        return backfill(connection);
    }

    /** Sets the notice date and due_on of every extended request without a notice date; returns how many. */
    static int backfill(Connection connection) throws SQLException {
        record Extended(long id, LocalDate receivedOn) {
        }
        List<Extended> extended = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, received_on from rights_request where extended_on is not null and extension_notified_on is null");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                extended.add(new Extended(rows.getLong(1), rows.getDate(2).toLocalDate()));
            }
        }
        try (PreparedStatement notice = connection.prepareStatement(
                "select min(sent_on) from privacy_letter_sent where request_id = ? and kind = 'EXTENSION'"
                        + " and sent_on >= ? and sent_on <= ?");
             PreparedStatement update = connection.prepareStatement(
                     "update rights_request set extension_notified_on = ?, due_on = ? where id = ?")) {
            for (Extended r : extended) {
                LocalDate first = LegalDeadline.replyDeadline(r.receivedOn());
                notice.setLong(1, r.id());
                notice.setDate(2, Date.valueOf(r.receivedOn()));
                notice.setDate(3, Date.valueOf(first));
                LocalDate notifiedOn;
                try (ResultSet found = notice.executeQuery()) {
                    Date date = found.next() ? found.getDate(1) : null;
                    notifiedOn = date == null ? null : date.toLocalDate();
                }
                if (notifiedOn == null) {
                    update.setNull(1, Types.DATE);
                } else {
                    update.setDate(1, Date.valueOf(notifiedOn));
                }
                update.setDate(2, Date.valueOf(notifiedOn == null ? first : LegalDeadline.extendedDeadline(r.receivedOn())));
                update.setLong(3, r.id());
                update.executeUpdate();
            }
        }
        return extended.size();
    }

    @Override
    protected String done(int changed) {
        return "Extension notice dates set on " + changed + " extended rights request(s)";
    }
}
