/**
 * The retention engine: each person's retention date, the nightly job that lists the records nearing and past their
 * limit, and the purge that erases the past-due ones through the erasure loop, one person per transaction.
 */
@org.jspecify.annotations.NullMarked
package be.classeur.retention;
