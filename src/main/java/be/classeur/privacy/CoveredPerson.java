package be.classeur.privacy;

import java.time.LocalDate;

/**
 * A person a request covers with what the privacy officer needs to recognise them before confirming the match: name,
 * birth date (pupils), e-mail and phone, from their record.
 */
public record CoveredPerson(CoveredSubject subject, String name, LocalDate birthDate, String email, String phone) {
}
