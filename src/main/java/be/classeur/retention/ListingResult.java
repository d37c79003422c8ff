package be.classeur.retention;

/** What the nightly listing found: people nearing their limit, people past it (queued), rows dropped from the list. */
public record ListingResult(long nearing, long past, int dropped) {
}
