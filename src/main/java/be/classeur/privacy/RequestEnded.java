package be.classeur.privacy;

import be.classeur.privacy.domain.RequestStatus;

/**
 * Published when a rights request is answered, refused or closed: whatever was kept only to work on it (copies of
 * identity documents) has no use left, on every path that ends the request.
 */
public record RequestEnded(long requestId, RequestStatus reached) {
}
