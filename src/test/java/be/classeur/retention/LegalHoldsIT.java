package be.classeur.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.LegalHolds;
import be.classeur.retention.domain.LegalHold;
import be.classeur.retention.domain.LegalHoldRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Legal holds: placed and lifted by the privacy officer, in force until lifted or past their end date. */
@SpringBootTest
@WithUserDetails("dpo")
class LegalHoldsIT {
    @Autowired
    LegalHoldService service;
    @Autowired
    List<LegalHolds> legalHolds;
    @Autowired
    LegalHoldRepository stored;
    @Autowired
    Clock clock;

    private static long next = 900_000;

    private static DataSubjectRef someone() {
        return DataSubjectRef.pupil(next++ + System.nanoTime() % 1000 * 1000);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void aHoldIsInForceUntilLiftedAndTheKernelContractSaysWhy() {
        DataSubjectRef subject = someone();
        assertThat(legalHolds).singleElement().isSameAs(service);
        assertThat(service.activeOn(subject)).isEmpty();

        LegalHoldRow hold = service.place(subject, "  Litige en cours sur une facture  ", null);

        assertThat(service.activeOn(subject)).contains(new LegalHolds.Hold("Litige en cours sur une facture", null));
        assertThat(service.of(subject)).singleElement().satisfies(h -> {
            assertThat(h.active()).isTrue();
            assertThat(h.placedBy()).isEqualTo("dpo");
        });

        service.lift(hold.id(), hold.version());

        assertThat(service.activeOn(subject)).isEmpty();
        assertThat(service.of(subject)).as("history kept").singleElement().satisfies(h -> {
            assertThat(h.active()).isFalse();
            assertThat(h.liftedBy()).isEqualTo("dpo");
        });
        assertThatThrownBy(() -> service.lift(hold.id(), hold.version()))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
    }

    @Test
    void aHoldEndingTodayIsInForceAndOneEndedYesterdayIsNot() {
        DataSubjectRef endsToday = someone();
        service.place(endsToday, "Contrôle fiscal", today());
        assertThat(service.activeOn(endsToday)).contains(new LegalHolds.Hold("Contrôle fiscal", today()));

        DataSubjectRef ended = someone();
        stored.save(new LegalHold(ended.kind(), ended.id(), "Ancien litige", today().minusDays(1), "dpo", clock.instant()));
        assertThat(service.activeOn(ended)).isEmpty();
        assertThat(service.of(ended)).singleElement().satisfies(h -> assertThat(h.active()).isFalse());
    }

    @Test
    void aReasonIsRequiredAtMost500CharactersAndTheEndDateNotPast() {
        DataSubjectRef subject = someone();
        assertThatThrownBy(() -> service.place(subject, "   ", null)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("retention.hold.error.reasonRequired"));
        assertThatThrownBy(() -> service.place(subject, "x".repeat(501), null)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("retention.hold.error.reasonTooLong"));
        assertThatThrownBy(() -> service.place(subject, "Litige", today().minusDays(1)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("retention.hold.error.untilPast"));
        assertThat(service.place(subject, "x".repeat(500), null).reason()).hasSize(500);
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorReadsTheHoldsButMayNotPlaceOrLiftOne() {
        DataSubjectRef subject = someone();
        assertThat(service.of(subject)).isEmpty();
        assertThatThrownBy(() -> service.place(subject, "Litige", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.lift(1, 0)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("formateur")
    void aTrainerMayNotReadTheHolds() {
        assertThatThrownBy(() -> service.of(someone())).isInstanceOf(AccessDeniedException.class);
    }
}
