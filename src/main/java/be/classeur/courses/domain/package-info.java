/** Entities and repositories of the courses module; entities are part of its API, repositories are not. */
@org.jspecify.annotations.NullMarked
package be.classeur.courses.domain;
