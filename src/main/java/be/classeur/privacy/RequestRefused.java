package be.classeur.privacy;

/** Published when a rights request is refused: the copies of identity documents kept for it go at once. */
public record RequestRefused(long requestId) {
}
