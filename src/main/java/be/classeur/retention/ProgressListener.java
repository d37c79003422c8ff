package be.classeur.retention;

/** Told after each batch of a purge or a listing: for a progress bar, and for the tests that count the batches. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (batch, done, total) -> { };

    /** Batch number {@code batch} (from 1) is done; {@code done} records out of {@code total} are processed. */
    void batchDone(int batch, long done, long total);
}
