package be.classeur.courses;

import be.classeur.kernel.SchoolYear;

/**
 * A pupil as a trainer sees them: only what teaching needs. No address, no birth date, no notes
 * (the privacy policy limits disclosures to trainers to what the organisation of courses needs).
 */
public record RosterLine(String firstName, String lastName, SchoolYear schoolYear, String subjects, String guardianPhone) {
}
