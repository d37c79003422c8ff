package be.classeur.people;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Trainer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The objection to activity news on the person, and who may receive that news, on the real database and security. */
@SpringBootTest
@WithUserDetails("admin")
class NewsObjectionServiceIT {
    @Autowired
    NewsObjectionService news;
    @Autowired
    GuardianService guardians;
    @Autowired
    TrainerService trainers;
    @Autowired
    PeoplePersonalData personalData;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private long guardian(String firstName, String lastName) {
        Guardian guardian = new Guardian();
        guardian.setFirstName(firstName);
        guardian.setLastName(lastName);
        return guardians.save(guardian, List.of()).getId();
    }

    private List<Long> newsRecipients(PersonKind kind, String lastName) {
        return news.mayReceiveActivityNews(kind, lastName, PageRequest.of(0, 20)).map(PersonRow::id).getContent();
    }

    @Test
    void whoMayReceiveActivityNewsLeavesOutObjectorsRestrictedAndArchivedPeople() {
        String family = unique("Nouvelles");
        long objects = guardian("Olga", family);
        long restricted = guardian("Rita", family);
        long archived = guardian("Alma", family);
        long welcome = guardian("Wanda", family);
        assertThat(newsRecipients(PersonKind.GUARDIAN, family)).containsExactlyInAnyOrder(objects, restricted, archived, welcome);

        assertThat(news.recordObjection(DataSubjectRef.guardian(objects), null)).isTrue();
        as(users, "dpo", () -> {
            personalData.restrict(DataSubjectRef.guardian(restricted), true);
            return null;
        });
        guardians.archive(archived, guardians.forEdit(archived).getVersion());

        assertThat(newsRecipients(PersonKind.GUARDIAN, family)).containsExactly(welcome);
        assertThat(jdbc.queryForObject("select news_objection_on from guardian where id = ?", LocalDate.class, objects))
                .isEqualTo(LocalDate.now(clock));
        assertThat(jdbc.queryForList("select detail from audit_event where action = 'NEWS_OBJECTION_RECORDED' and subject_kind = 'GUARDIAN' and subject_id = ?",
                String.class, objects)).containsExactly("told directly");

        assertThat(news.withdrawObjection(DataSubjectRef.guardian(objects))).isTrue();
        assertThat(news.withdrawObjection(DataSubjectRef.guardian(objects))).as("nothing left to withdraw").isFalse();
        assertThat(newsRecipients(PersonKind.GUARDIAN, family)).containsExactly(objects, welcome);
    }

    @Test
    void anEarlierObjectionKeepsItsDateAndOriginAndTrainersAreFilteredToo() {
        String family = unique("Formation");
        Trainer trainer = new Trainer();
        trainer.setFirstName("Tom");
        trainer.setLastName(family);
        long id = trainers.save(trainer).getId();
        assertThat(newsRecipients(PersonKind.TRAINER, family)).containsExactly(id);

        assertThat(news.recordObjection(DataSubjectRef.trainer(id), 41L)).isTrue();
        assertThat(news.recordObjection(DataSubjectRef.trainer(id), 42L)).isFalse();

        assertThat(jdbc.queryForObject("select news_objection_request_id from trainer where id = ?", Long.class, id)).isEqualTo(41L);
        assertThat(newsRecipients(PersonKind.TRAINER, family)).isEmpty();
    }

    @Test
    void aTrainerAccountMayNeitherRecordNorList() {
        long id = guardian("Nina", unique("Refus"));
        assertThatThrownBy(() -> as(users, "formateur", () -> news.recordObjection(DataSubjectRef.guardian(id), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, "formateur", () -> news.mayReceiveActivityNews(PersonKind.GUARDIAN, null, PageRequest.of(0, 5))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
