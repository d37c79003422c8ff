package be.classeur.people.domain;

import org.springframework.modulith.NamedInterface;
import be.classeur.kernel.SchoolYear;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A pupil (élève), usually a minor, with their school path and the subjects they asked for. */
@NamedInterface("domain")
@Entity
@Table(name = "pupil")
public class Pupil extends Person {
    /** Under this age a pupil is a minor and needs at least one guardian. */
    public static final int AGE_OF_MAJORITY = 18;

    @PastOrPresent(message = "{validation.birthDate.future}")
    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "school_year", length = 12)
    private SchoolYear schoolYear;

    /** {@link SchoolYear#schoolOrder()}, kept beside the code so that the grid sorts in school order in the database. */
    @Column(name = "school_year_rank")
    private @Nullable Integer schoolYearRank;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    private School school;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private PupilStage stage = PupilStage.INQUIRY;

    /** {@link PupilStage#lifeCycleOrder()}, kept beside the stage so that the grid sorts in life-cycle order. */
    @Column(name = "stage_rank", nullable = false)
    private int stageRank = PupilStage.INQUIRY.lifeCycleOrder();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "data_source", length = 20)
    private DataSource dataSource;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "pupil_subject", joinColumns = @JoinColumn(name = "pupil_id"),
            inverseJoinColumns = @JoinColumn(name = "subject_id"))
    private Set<Subject> subjects = new HashSet<>();

    @OneToMany(mappedBy = "pupil")
    private List<GuardianLink> guardianLinks = new ArrayList<>();

    /**
     * Minor on the given day: born less than 18 years before it. Without a birth date the age is unknown and the pupil
     * is not presumed a minor: whoever acts for them as a child checks the age first (see {@link #isAgeUnknown}).
     */
    public boolean isMinorOn(LocalDate day) {
        return isMinor(birthDate, schoolYear, day);
    }

    /** The rule of {@link #isMinorOn}, for callers that hold a pupil's facts rather than the entity (a link row). */
    public static boolean isMinor(LocalDate birthDate, SchoolYear schoolYear, LocalDate day) {
        return birthDate != null && Period.between(birthDate, day).getYears() < AGE_OF_MAJORITY;
    }

    /** Whether the age cannot be told from the record (no birth date). */
    public static boolean isAgeUnknown(LocalDate birthDate) {
        return birthDate == null;
    }

    /**
     * Whether the pupil must keep a representative (parent or legal guardian) on file: a minor, or a pupil whose age
     * is unknown and whose school year does not say they are an adult. Protective for the records only; acting for
     * such a pupil still needs the age checked.
     */
    public boolean needsRepresentativeOn(LocalDate day) {
        if (birthDate == null) {
            return schoolYear != SchoolYear.HIGHER && schoolYear != SchoolYear.ADULT;
        }
        return isMinorOn(day);
    }

    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public SchoolYear getSchoolYear() { return schoolYear; }
    public void setSchoolYear(SchoolYear schoolYear) { this.schoolYear = schoolYear; rank(); }
    public School getSchool() { return school; }
    public void setSchool(School school) { this.school = school; }
    public PupilStage getStage() { return stage; }
    public void setStage(PupilStage stage) { this.stage = stage; rank(); }

    /** Keeps the sort columns in step with the values, whichever way they were set. */
    @PrePersist
    @PreUpdate
    void rank() {
        schoolYearRank = schoolYear == null ? null : schoolYear.schoolOrder();
        stageRank = stage == null ? 0 : stage.lifeCycleOrder();
    }
    public DataSource getDataSource() { return dataSource; }
    public void setDataSource(DataSource dataSource) { this.dataSource = dataSource; }
    public Set<Subject> getSubjects() { return subjects; }
    public void setSubjects(Set<Subject> subjects) { this.subjects = subjects == null ? new HashSet<>() : new HashSet<>(subjects); }
    public List<GuardianLink> getGuardianLinks() { return guardianLinks; }
}
