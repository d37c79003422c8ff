package be.classeur.privacy.domain;

import be.classeur.kernel.PersonKind;
import jakarta.persistence.EntityNotFoundException;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RightsRequestRepository extends JpaRepository<RightsRequest, Long>, JpaSpecificationExecutor<RightsRequest> {
    @Query("select distinct r.assignee from RightsRequest r where r.assignee is not null order by r.assignee")
    List<String> findAssignees();

    /**
     * The request, or EntityNotFoundException when there is none with this id (the views turn it into "not found").
     * Static rather than a default method: thrown inside the repository proxy, the exception would be translated
     * into Spring's JpaObjectRetrievalFailureException and the views would show an error page instead.
     */
    static RightsRequest require(RightsRequestRepository requests, long id) {
        return requests.findById(id).orElseThrow(() -> new EntityNotFoundException("RightsRequest " + id));
    }

    /** The requests covering the person in the given role (requester or represented child), oldest first. */
    @Query("""
            select r from RightsRequest r join r.subjects s
            where s.personKind = :kind and s.personId = :id and s.role = :role order by r.receivedOn, r.id""")
    List<RightsRequest> findCovering(@Param("kind") PersonKind kind, @Param("id") Long id, @Param("role") SubjectRole role);

    /** Whether any request covers the person in the given role, without loading the requests. */
    @Query("""
            select case when count(s) > 0 then true else false end from RightsRequest r join r.subjects s
            where s.personKind = :kind and s.personId = :id and s.role = :role""")
    boolean existsCovering(@Param("kind") PersonKind kind, @Param("id") Long id, @Param("role") SubjectRole role);

    /**
     * The oldest request covering the person in any role whose status is one of {@code statuses} and whose reply is not
     * recorded yet, or null.
     */
    @Query("""
            select min(r.id) from RightsRequest r join r.subjects s
            where s.personKind = :kind and s.personId = :id and r.status in :statuses and r.replyRecordedOn is null""")
    @org.jspecify.annotations.Nullable Long findFirstUnansweredCoveringIn(@Param("kind") PersonKind kind, @Param("id") Long id,
                                                                @Param("statuses") java.util.Collection<RequestStatus> statuses);

    /** The ids of the requests covering the person in any role (requester or represented child). */
    @Query("""
            select distinct r.id from RightsRequest r join r.subjects s
            where s.personKind = :kind and s.personId = :id""")
    List<Long> findIdsCovering(@Param("kind") PersonKind kind, @Param("id") Long id);

    /** The earliest date a letter of the request is recorded as sent, or null: a corrected receipt may not follow it. */
    @Query("select min(l.sentOn) from LetterSent l where l.requestId = :id")
    @Nullable LocalDate findFirstLetterSentOn(@Param("id") Long id);
}
