/** Demo data for the embedded default: never active under the prod profile. */
package be.classeur.demo;
