package be.classeur.courses;

import be.classeur.courses.domain.Period;
import be.classeur.courses.domain.PeriodRepository;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** School years and holiday courses. */
@Service
@Transactional(readOnly = true)
public class PeriodService {
    private final PeriodRepository periods;
    private final Validator validator;

    PeriodService(PeriodRepository periods, Validator validator) {
        this.periods = periods;
        this.validator = validator;
    }

    /** Periods, newest first; there are a handful per year. */
    @PreAuthorize("isAuthenticated()")
    public List<Period> periods() {
        return periods.findTop200ByOrderByStartsOnDesc();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Period save(Period period) {
        Set<ConstraintViolation<Period>> violations = validator.validate(period);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return periods.saveAndFlush(period);
    }
}
