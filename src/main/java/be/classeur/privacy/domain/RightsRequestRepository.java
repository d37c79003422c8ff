package be.classeur.privacy.domain;

import be.classeur.kernel.PersonKind;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface RightsRequestRepository extends JpaRepository<RightsRequest, Long>, JpaSpecificationExecutor<RightsRequest> {
    @Query("select distinct r.assignee from RightsRequest r where r.assignee is not null order by r.assignee")
    List<String> findAssignees();

    List<RightsRequest> findByRequesterKindAndRequesterIdOrderByReceivedOnAscIdAsc(PersonKind kind, Long id);

    List<RightsRequest> findByOnBehalfOfPupilIdOrderByReceivedOnAscIdAsc(Long pupilId);
}
