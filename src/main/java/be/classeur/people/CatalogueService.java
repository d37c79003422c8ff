package be.classeur.people;

import be.classeur.kernel.BusinessRuleException;
import be.classeur.people.domain.School;
import be.classeur.people.domain.SchoolRepository;
import be.classeur.people.domain.Subject;
import be.classeur.people.domain.SubjectRepository;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The subject and school catalogues, managed by administrators. */
@Service
@Transactional(readOnly = true)
public class CatalogueService {
    private final SubjectRepository subjects;
    private final SchoolRepository schools;
    private final PersonWrites writes;

    CatalogueService(SubjectRepository subjects, SchoolRepository schools, PersonWrites writes) {
        this.subjects = subjects;
        this.schools = schools;
        this.writes = writes;
    }

    /** The active subjects, for pickers; the catalogue is small (tens of entries). */
    @PreAuthorize("isAuthenticated()")
    public List<Subject> activeSubjects() {
        return subjects.findByActiveTrueOrderByName();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Slice<Subject> subjects(String text, Pageable pageable) {
        return subjects.findByNameContainingIgnoreCase(text == null ? "" : text.strip(), pageable);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Subject saveSubject(Subject subject) {
        writes.validate(subject);
        boolean nameTaken = subjects.findByNameIgnoreCase(subject.getName())
                .filter(other -> !other.getId().equals(subject.getId())).isPresent();
        if (nameTaken) {
            throw new BusinessRuleException("people.catalogue.error.subjectExists", subject.getName());
        }
        return subjects.saveAndFlush(subject);
    }

    /** Schools whose name contains {@code text}, page by page (for pickers and the catalogue grid). */
    @PreAuthorize("hasAnyRole('ADMIN','PRIVACY_OFFICER')")
    public Slice<School> schools(String text, boolean activeOnly, Pageable pageable) {
        String filter = text == null ? "" : text.strip();
        return activeOnly ? schools.findByActiveTrueAndNameContainingIgnoreCase(filter, pageable)
                : schools.findByNameContainingIgnoreCase(filter, pageable);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public School saveSchool(School school) {
        writes.validate(school);
        return schools.saveAndFlush(school);
    }
}
