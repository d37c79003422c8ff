/** Accounts: users, roles, login, passwords, the first administrator, and the guard against demo secrets in production. */
package be.classeur.accounts;
