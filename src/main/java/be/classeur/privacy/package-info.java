/**
 * Privacy: the rights-request queue (GDPR arts. 12, 15–21 and 7(3)) with its legal deadlines, and later consent,
 * retention and the registers. The services in this package are the module's API; {@code domain} holds entities and
 * repositories, {@code ui} the privacy officer's views. Depends on {@code people} (to find the requester),
 * {@code courses} and {@code accounts} (to tell the trainers of a pupil's groups of a change, art. 19) and
 * {@code kernel}; only the demo data depends on it.
 */
@org.jspecify.annotations.NullMarked
package be.classeur.privacy;
