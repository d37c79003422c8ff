package be.classeur.consent.domain;

/** What a suppression-list hash was computed from. */
public enum ContactPointKind {
    EMAIL, PHONE
}
