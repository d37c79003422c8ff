/**
 * Retention: the rules per data category, each person's retention date (family rule included), legal holds, and the
 * purge of what is past its limit, through the erasure loop.
 */
@org.jspecify.annotations.NullMarked
package be.classeur.retention;
