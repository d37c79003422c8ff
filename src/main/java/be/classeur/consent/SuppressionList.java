package be.classeur.consent;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import java.util.Set;

/**
 * The keyed hashes of erased people's e-mail addresses and phone numbers: someone typed in or imported again with one
 * of them is recognised and never mailed. Nothing else of the erased person is kept.
 */
public interface SuppressionList {

    /** Whether the person's current e-mail address or phone number matches an erased person's. */
    boolean matches(DataSubjectRef person);

    /** The people of one kind recognised as an erased person typed in or imported again: the news audience leaves them out. */
    Set<Long> recognised(PersonKind kind);
}
