package be.classeur.alerts;

import static be.classeur.support.TestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.AccountService;
import be.classeur.accounts.ClasseurUser;
import be.classeur.accounts.PrivacyOfficerNotices;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.Inbox;
import be.classeur.kernel.RequestLocations;
import be.classeur.kernel.SystemJob;
import be.classeur.people.GuardianService;
import be.classeur.people.PersonFilter;
import be.classeur.people.PersonRow;
import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.TestSmtpServer;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.Right;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The morning alerts on the real services, database and security, with a real SMTP server in the test JVM
 * ({@link TestSmtpServer}): one digest per officer per morning, with counts and links but no names; in-app notices
 * for the privacy officers only; each account reads and marks only its own notices. Each test uses a morning of its
 * own (the job's day), since the record of a morning stays in the shared database.
 */
@SpringBootTest
@WithUserDetails("dpo")
class MorningAlertsIT {
    private static final String DPO_EMAIL = "dpo@example.org";

    @Autowired
    MorningAlertsJob job;
    @Autowired
    MorningDigestMailer mailer;
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    GuardianService guardians;
    @Autowired
    Inbox inbox;
    @Autowired
    PrivacyOfficerNotices officerNotices;
    @Autowired
    UserDetailsService users;
    @Autowired
    MailProperties mail;
    @Autowired
    Clock clock;

    /** An overdue request, so that there is something to report, with a requester whose name must stay out of the mail. */
    private PersonRow overdueRequest(String requesterName, String requesterEmail) {
        PersonRow guardian = guardians.search(PersonFilter.active(), PageRequest.of(0, 1)).getContent().getFirst();
        requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), DataSubjectRef.guardian(guardian.id()), requesterName,
                requesterEmail, null, RequestChannel.EMAIL, LocalDate.now(clock).minusDays(75), null));
        return guardian;
    }

    private static MorningAlertsJob.Run morning(MorningAlertsJob job, LocalDate day) {
        return SystemJob.run(SystemJob.MORNING_ALERTS, () -> job.run(day));
    }

    private static long myAccountId() {
        return AccountService.currentUser().map(ClasseurUser::accountId).orElseThrow();
    }

    @Test
    void oneDigestPerOfficerPerMorningWithCountsAndNoNames() throws Exception {
        GreenMail server = TestSmtpServer.running(mail);
        PersonRow guardian = overdueRequest("Ophélie Digestnom", "ophelie.digestnom@example.test");
        int before = mailTo(server).size();
        LocalDate day = LocalDate.of(2031, 3, 3);

        MorningAlertsJob.Run first = morning(job, day);
        List<MimeMessage> received = TestSmtpServer.awaitMailTo(server, DPO_EMAIL, Duration.ofSeconds(5));

        assertThat(first.alerts()).extracting(MorningAlertsJob.Alert::key).contains("alerts.requests.OVERDUE");
        assertThat(first.digestsSent()).as("the demo officer with an address").isEqualTo(1);
        assertThat(received).hasSize(before + 1);
        MimeMessage digest = received.getLast();
        assertThat(digest.getSubject()).isEqualTo("Classeur : ce qui vous attend ce matin");
        String body = digest.getContent().toString();
        long overdue = Long.parseLong(first.alerts().stream().filter(a -> a.key().equals("alerts.requests.OVERDUE"))
                .findFirst().orElseThrow().arguments().getFirst());
        assertThat(overdue).isPositive();
        assertThat(body).contains("Demandes en retard : " + overdue)
                .contains("/" + RequestLocations.REQUESTS + "?bucket=OVERDUE")
                .doesNotContain("Digestnom", "ophelie.digestnom@example.test", guardian.lastName(), guardian.firstName());

        MorningAlertsJob.Run second = morning(job, day);
        Thread.sleep(500);
        assertThat(second.digestsSent()).isZero();
        assertThat(second.officersNotified()).isZero();
        assertThat(mailTo(server)).as("nothing more the same morning").hasSize(before + 1);
    }

    private List<MimeMessage> mailTo(GreenMail server) throws InterruptedException {
        return TestSmtpServer.awaitMailTo(server, DPO_EMAIL, Duration.ZERO);
    }

    @Test
    void noticesGoToEveryPrivacyOfficerAndNoOneElse() {
        TestSmtpServer.running(mail);
        overdueRequest("Octave Noticenom", "octave.noticenom@example.test");
        LocalDate day = LocalDate.of(2031, 3, 4);
        long dpoUnread = inbox.unreadCount();
        long directorUnread = as(users, "direction", inbox::unreadCount);
        long adminUnread = as(users, "admin", inbox::unreadCount);
        long trainerUnread = as(users, "formateur", inbox::unreadCount);

        MorningAlertsJob.Run run = morning(job, day);

        int categories = run.alerts().size();
        assertThat(run.officersNotified()).as("dpo and direction").isEqualTo(2);
        assertThat(inbox.unreadCount()).isEqualTo(dpoUnread + categories);
        assertThat(as(users, "direction", inbox::unreadCount)).isEqualTo(directorUnread + categories);
        assertThat(as(users, "admin", inbox::unreadCount)).isEqualTo(adminUnread);
        assertThat(as(users, "formateur", inbox::unreadCount)).isEqualTo(trainerUnread);
        Inbox.Item overdue = inbox.latest(categories).stream()
                .filter(i -> i.messageKey().equals("alerts.requests.OVERDUE.notice")).findFirst().orElseThrow();
        assertThat(overdue.link()).isEqualTo(RequestLocations.REQUESTS + "?bucket=OVERDUE");
        assertThat(overdue.unread()).isTrue();
        assertThat(String.join(" ", overdue.arguments())).doesNotContain("Noticenom");
    }

    @Test
    void anAccountReadsAndMarksOnlyItsOwnNotices() {
        long dpo = myAccountId();
        SystemJob.run(SystemJob.MORNING_ALERTS, () -> {
            officerNotices.write(dpo, List.of(new PrivacyOfficerNotices.Draft("alerts.purgeQueue.notice", List.of("3"), null)));
            return null;
        });
        Inbox.Item mine = inbox.latest(1).getFirst();
        long unread = inbox.unreadCount();

        assertThat(as(users, "formateur", () -> inbox.markRead(mine.id()))).as("not the trainer's notice").isFalse();
        assertThat(as(users, "direction", () -> inbox.latest(50))).extracting(Inbox.Item::id).doesNotContain(mine.id());
        assertThat(inbox.unreadCount()).isEqualTo(unread);

        assertThat(inbox.markRead(mine.id())).isTrue();
        assertThat(inbox.unreadCount()).isEqualTo(unread - 1);
        assertThat(inbox.markAllRead()).isEqualTo((int) (unread - 1));
        assertThat(inbox.unreadCount()).isZero();
    }

    @Test
    void onlyTheMorningJobWritesOfficerNotices() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> officerNotices.privacyOfficers())
                .isInstanceOf(AccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> officerNotices.claimMorning(myAccountId(), LocalDate.of(2031, 1, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(mailer.enabled()).as("spring.mail.host is set in the tests").isTrue();
    }
}
