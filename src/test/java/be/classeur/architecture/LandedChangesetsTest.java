package be.classeur.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import liquibase.ChecksumVersion;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.junit.jupiter.api.Test;

/**
 * A changeset that has run on a database must never change: Liquibase would refuse to start there (checksum
 * mismatch), or worse, the databases would silently differ. This test recomputes each changeset's checksum with
 * Liquibase itself and compares it with the committed list {@value #LANDED}.
 */
class LandedChangesetsTest {
    private static final String MASTER = "db/changelog/db.changelog-master.yaml";
    private static final String LANDED = "db/changeset-checksums.txt";

    @Test
    void landedChangesetsAreNeverEdited() throws Exception {
        Map<String, String> landed = landedChecksums();
        Map<String, String> current = currentChecksums();

        List<String> edited = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        current.forEach((key, checksum) -> {
            String expected = landed.get(key);
            if (expected == null) {
                unknown.add(key + " = " + checksum);
            } else if (!expected.equals(checksum)) {
                edited.add(key + ": landed as " + expected + ", now " + checksum);
            }
        });
        List<String> removed = landed.keySet().stream().filter(key -> !current.containsKey(key)).toList();

        assertThat(edited).as("""
                These changesets have landed and were edited. A landed changeset must never change: databases \
                that ran it would refuse to start or silently differ. Revert the edit and write a NEW changeset \
                (a new file under db/changelog/, included at the end of the master changelog) instead.""")
                .isEmpty();
        assertThat(removed).as("These landed changesets were removed or renamed (file::id::author must stay as it was)")
                .isEmpty();
        assertThat(unknown).as("""
                These changesets are new. Once you are sure of them, add these lines to src/test/resources/%s \
                (one per changeset: file::id::author = checksum). From then on they count as landed and must \
                never change: fix a landed changeset by writing a new one.""".formatted(LANDED))
                .isEmpty();
    }

    private static Map<String, String> currentChecksums() throws Exception {
        ResourceAccessor resources = new ClassLoaderResourceAccessor();
        DatabaseChangeLog changeLog = ChangeLogParserFactory.getInstance().getParser(MASTER, resources)
                .parse(MASTER, new ChangeLogParameters(), resources);
        Map<String, String> checksums = new LinkedHashMap<>();
        for (ChangeSet changeSet : changeLog.getChangeSets()) {
            checksums.put(key(changeSet), changeSet.generateCheckSum(ChecksumVersion.latest()).toString());
        }
        return checksums;
    }

    private static String key(ChangeSet changeSet) {
        return changeSet.getFilePath() + "::" + changeSet.getId() + "::" + changeSet.getAuthor();
    }

    private static Map<String, String> landedChecksums() throws IOException {
        Map<String, String> landed = new LinkedHashMap<>();
        try (InputStream in = LandedChangesetsTest.class.getClassLoader().getResourceAsStream(LANDED)) {
            assertThat(in).as(LANDED + " on the test class path").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int equals = line.lastIndexOf('=');
                landed.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
            }
        }
        return landed;
    }
}
