package be.classeur.people.ui;

import be.classeur.kernel.DataSubjectRef;
import java.util.function.LongFunction;

/**
 * How a person's detail page reads and archives its record, given by the page from its own service.
 *
 * @param detail           a new view of the page (audited)
 * @param afterOwnAction   the page again after the user's own action on it (not audited again)
 * @param subject          the person's reference, for the contact history
 */
record PersonPageReads<D>(LongFunction<D> detail, LongFunction<D> afterOwnAction, LongFunction<DataSubjectRef> subject,
                          VersionedWrite archive, VersionedWrite restore) {
    /** A write on the record as the page last read it: a stale version is refused by the service. */
    @FunctionalInterface
    interface VersionedWrite {
        void apply(long id, long expectedVersion);
    }
}
