package be.classeur.privacy;

import be.classeur.kernel.DataSubjectRef;

/** A person in the records who may be the requester. */
public record PersonSuggestion(DataSubjectRef ref, String name, String email) {
}
