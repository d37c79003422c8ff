package be.classeur.kernel;

import java.sql.Connection;
import java.sql.SQLException;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * A Liquibase Java change for data that one SQL statement cannot migrate on both H2 and MariaDB (time zones, parsed
 * sentences, working-day calendars). It runs on the changelog's own JDBC connection, so inside its transaction, and
 * logs how many rows it changed.
 */
public abstract class JdbcDataMigration implements CustomTaskChange {
    private int changed;

    /** Changes the rows; returns how many. */
    protected abstract int changeRows(Connection connection) throws SQLException;

    /** The line Liquibase logs once done, given how many rows changed. */
    protected abstract String done(int changed);

    @Override
    public final void execute(Database database) throws CustomChangeException {
        try {
            changed = changeRows(((JdbcConnection) database.getConnection()).getUnderlyingConnection());
        } catch (SQLException e) {
            throw new CustomChangeException(getClass().getSimpleName() + " could not change the rows", e);
        }
    }

    @Override
    public final String getConfirmationMessage() {
        return done(changed);
    }

    @Override
    public void setUp() {
        // nothing to prepare: the change reads its rows when it runs
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
        // reads no file
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
