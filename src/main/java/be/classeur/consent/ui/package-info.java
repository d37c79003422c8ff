/** Null-safety: nothing here is null unless marked {@code @Nullable}. */
@org.jspecify.annotations.NullMarked
package be.classeur.consent.ui;
