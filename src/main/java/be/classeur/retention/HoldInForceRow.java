package be.classeur.retention;

import be.classeur.kernel.DataSubjectRef;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One legal hold in force today, with the name of the person it holds (as the records hold it now). */
public record HoldInForceRow(long holdId, DataSubjectRef person, String name, String reason, @Nullable LocalDate until,
                             String placedBy, Instant placedAt) {
}
