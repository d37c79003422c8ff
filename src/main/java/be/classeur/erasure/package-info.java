/**
 * The one loop over every module's {@link be.classeur.kernel.PersonalDataHandler}: the erasure preview, the erasure,
 * the restriction and the export of one person. Rights requests (privacy) and the retention purge (retention) both
 * call it, so neither depends on the other and both erase the same way; a legal hold blocks it for both.
 */
@org.jspecify.annotations.NullMarked
package be.classeur.erasure;
