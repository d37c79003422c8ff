/** Demo data for the embedded default: never active under the prod profile. */
@org.jspecify.annotations.NullMarked
package be.classeur.demo;
