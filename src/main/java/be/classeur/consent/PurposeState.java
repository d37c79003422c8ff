package be.classeur.consent;

import java.util.List;

/**
 * Where one person stands for one purpose: the current choice of each giver (the person, and for a pupil each parent
 * or guardian who chose), and whether the consent is in force (at least one granted, none refused or withdrawn).
 */
public record PurposeState(String purpose, List<ConsentEntry> current, boolean inForce) {

    public String purposeKey() {
        return "privacy.processing.purpose." + purpose;
    }
}
