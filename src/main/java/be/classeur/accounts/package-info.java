/** Accounts: users, roles, login, passwords, the first administrator, and the guard against demo secrets in production. */
@org.jspecify.annotations.NullMarked
package be.classeur.accounts;
