package be.classeur.privacy;

import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.people.GuardianService;
import be.classeur.people.LinkRow;
import be.classeur.people.domain.Pupil;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rule for a guardian asking on behalf of children, checked at intake, when a requester is linked later, and when
 * the date of receipt is corrected (the children must have been minors on the day received).
 */
@Component
class GuardianRepresentation {
    private final GuardianService guardians;

    GuardianRepresentation(GuardianService guardians) {
        this.guardians = guardians;
    }

    /**
     * Each represented pupil must be linked to the requester, who must be a guardian and their representative (a
     * parent or legal guardian: a contact-only link never acts for a child), and be a minor on the day the request was
     * received: an adult pupil exercises their own rights. A child without a recorded birth date is not presumed a
     * minor: the privacy officer must have checked it ({@code minorChecked}).
     */
    void require(@Nullable DataSubjectRef requester, List<Long> pupilIds, LocalDate receivedOn,
                 Collection<Long> minorChecked) {
        if (pupilIds.isEmpty()) {
            return;
        }
        if (requester == null || requester.kind() != PersonKind.GUARDIAN) {
            throw new BusinessRuleException("privacy.error.notGuardianOfPupil");
        }
        // The guardian's links carry what the rule needs: one query, and no "viewed" audit line per child at intake.
        Map<Long, LinkRow> linked = guardians.pupilsOf(requester.id()).stream()
                .collect(Collectors.toMap(LinkRow::pupilId, Function.identity(), (a, b) -> a));
        if (pupilIds.stream().anyMatch(id -> id == null || !linked.containsKey(id))) {
            throw new BusinessRuleException("privacy.error.notGuardianOfPupil");
        }
        for (Long id : pupilIds) {
            LinkRow link = linked.get(id);
            if (!link.mayRepresent()) {
                throw new BusinessRuleException("privacy.error.contactCannotAct", link.pupilName());
            }
            if (Pupil.isAgeUnknown(link.pupilBirthDate())) {
                if (!minorChecked.contains(id)) {
                    throw new BusinessRuleException("privacy.error.representedAgeUnchecked", link.pupilName());
                }
            } else if (!link.pupilMinorOn(receivedOn)) {
                throw new BusinessRuleException("privacy.error.representedNotMinor", link.pupilName());
            }
        }
    }
}
