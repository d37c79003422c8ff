/**
 * Courses: periods (school years, holiday courses), course groups with their trainers, and enrolments.
 * The services in this package are the module's API; trainers reach only their own groups.
 */
@org.jspecify.annotations.NullMarked
package be.classeur.courses;
