/**
 * People: pupils, guardians, trainers, their links, contact history, and the subject and school catalogues.
 * The services in this package are the module's API; {@code domain} holds entities and repositories.
 */
@org.jspecify.annotations.NullMarked
package be.classeur.people;
