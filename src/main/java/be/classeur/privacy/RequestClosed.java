package be.classeur.privacy;

/** Published when a rights request reaches "closed": whatever was kept only for working it can go. */
public record RequestClosed(long requestId) {
}
