package be.classeur.people.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GuardianRepository extends JpaRepository<Guardian, Long>, JpaSpecificationExecutor<Guardian> {
    /** Guardians with this name and this e-mail (any case) or this phone (normalised); erased records left out. */
    @Query("""
            select g from Guardian g
            where lower(g.firstName) = lower(:firstName) and lower(g.lastName) = lower(:lastName)
              and g.anonymisedAt is null and (:exceptId is null or g.id <> :exceptId)
              and ((:email is not null and lower(g.email) = lower(:email)) or (:phone is not null and g.phone = :phone))
            order by g.id""")
    List<Guardian> findSamePerson(@Param("firstName") String firstName, @Param("lastName") String lastName,
                                  @Param("email") @Nullable String email, @Param("phone") @Nullable String phone,
                                  @Param("exceptId") @Nullable Long exceptId);

    /** [id, last contact date, created at, anonymised at] of these people: what their retention date is computed from. */
    @Query("select p.id, p.lastContactDate, p.createdAt, p.anonymisedAt from Guardian p where p.id in :ids")
    java.util.List<Object[]> contactFacts(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);

    /** The next ids after {@code afterId}, in id order, for work in batches over everyone. */
    @Query("select p.id from Guardian p where p.id > :afterId order by p.id")
    java.util.List<Long> idsAfter(@org.springframework.data.repository.query.Param("afterId") long afterId,
                                  org.springframework.data.domain.Pageable page);
}
