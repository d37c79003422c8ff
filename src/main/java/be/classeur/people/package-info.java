/**
 * People: pupils, guardians, trainers, their links, contact history, and the subject and school catalogues.
 * The services in this package are the module's API; {@code domain} holds entities and repositories.
 */
package be.classeur.people;
