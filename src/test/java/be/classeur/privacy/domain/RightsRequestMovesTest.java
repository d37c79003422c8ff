package be.classeur.privacy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import be.classeur.kernel.BusinessRuleException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A rights request owns its status moves: every (status, move) pair is tried, and exactly the moves the flow allows
 * succeed; every other one is refused and leaves the request as it was.
 */
class RightsRequestMovesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final LocalDateTime NOW = TODAY.atTime(10, 0);

    enum Move {
        REQUEST_IDENTITY_PROOF, START_WORK, EXTEND, ANSWER, REFUSE, RECORD_REPLY, CLOSE;

        void on(RightsRequest r) {
            switch (this) {
                case REQUEST_IDENTITY_PROOF -> r.requestIdentityProof(NOW);
                case START_WORK -> r.startWork(NOW);
                case EXTEND -> r.extend(TODAY, "Many documents to gather", NOW);
                case ANSWER -> r.answer(NOW);
                case REFUSE -> r.refuse("Manifestly unfounded", NOW);
                case RECORD_REPLY -> r.recordReply(TODAY, NOW);
                case CLOSE -> r.close(NOW);
            }
        }
    }

    /** The legal moves from each status, written out here rather than derived from the code under test. */
    private static final Map<RequestStatus, Set<Move>> LEGAL = new EnumMap<>(Map.of(
            RequestStatus.RECEIVED, EnumSet.of(Move.REQUEST_IDENTITY_PROOF, Move.START_WORK),
            RequestStatus.AWAITING_IDENTITY, EnumSet.of(Move.START_WORK, Move.EXTEND, Move.REFUSE, Move.RECORD_REPLY),
            RequestStatus.IN_PROGRESS, EnumSet.of(Move.EXTEND, Move.ANSWER, Move.REFUSE, Move.RECORD_REPLY),
            RequestStatus.EXTENDED, EnumSet.of(Move.ANSWER, Move.REFUSE, Move.RECORD_REPLY),
            RequestStatus.ANSWERED, EnumSet.of(Move.CLOSE, Move.RECORD_REPLY),
            RequestStatus.REFUSED, EnumSet.of(Move.CLOSE, Move.RECORD_REPLY),
            RequestStatus.CLOSED, EnumSet.noneOf(Move.class)));

    /** How each status is reached; the reply is recorded on the way wherever it may be, so that closing is judged on status alone. */
    private static final Map<RequestStatus, List<Move>> PATH = new EnumMap<>(Map.of(
            RequestStatus.RECEIVED, List.of(),
            RequestStatus.AWAITING_IDENTITY, List.of(Move.REQUEST_IDENTITY_PROOF),
            RequestStatus.IN_PROGRESS, List.of(Move.START_WORK),
            RequestStatus.EXTENDED, List.of(Move.START_WORK, Move.EXTEND),
            RequestStatus.ANSWERED, List.of(Move.START_WORK, Move.RECORD_REPLY, Move.ANSWER),
            RequestStatus.REFUSED, List.of(Move.START_WORK, Move.RECORD_REPLY, Move.REFUSE),
            RequestStatus.CLOSED, List.of(Move.START_WORK, Move.RECORD_REPLY, Move.ANSWER, Move.CLOSE)));

    @Test
    void exactlyTheMovesTheFlowAllowsSucceedFromEachStatus() {
        List<String> wrong = new ArrayList<>();
        for (RequestStatus status : RequestStatus.values()) {
            for (Move move : Move.values()) {
                RightsRequest r = requestIn(status);
                boolean legal = LEGAL.get(status).contains(move);
                Throwable refused = catchThrowable(() -> move.on(r));
                if (legal && refused != null) {
                    wrong.add(status + " " + move + " refused: " + refused.getMessage());
                } else if (!legal && refused == null) {
                    wrong.add(status + " " + move + " allowed");
                } else if (!legal && !(refused instanceof BusinessRuleException)) {
                    wrong.add(status + " " + move + " refused without a message key: " + refused);
                } else if (!legal && r.getStatus() != status) {
                    wrong.add(status + " " + move + " refused but moved to " + r.getStatus());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aStatusMoveTheFlowDoesNotAllowIsRefusedWithAnIllegalMoveNamingBothStatuses() {
        RightsRequest r = requestIn(RequestStatus.RECEIVED);
        assertThatThrownBy(() -> r.answer(NOW)).isInstanceOfSatisfying(IllegalRequestMove.class, e -> {
            assertThat(e.messageKey()).isEqualTo("privacy.error.illegalStep");
            assertThat(e.from()).isEqualTo(RequestStatus.RECEIVED);
            assertThat(e.to()).isEqualTo(RequestStatus.ANSWERED);
        });
    }

    @Test
    void theTargetsOfThePlainMovesAreTheNextStepsThePageOffers() {
        Map<Move, RequestStatus> target = Map.of(Move.REQUEST_IDENTITY_PROOF, RequestStatus.AWAITING_IDENTITY,
                Move.START_WORK, RequestStatus.IN_PROGRESS, Move.ANSWER, RequestStatus.ANSWERED,
                Move.REFUSE, RequestStatus.REFUSED, Move.CLOSE, RequestStatus.CLOSED);
        for (RequestStatus status : RequestStatus.values()) {
            Set<RequestStatus> reachable = EnumSet.noneOf(RequestStatus.class);
            LEGAL.get(status).stream().filter(target::containsKey).forEach(m -> reachable.add(target.get(m)));
            assertThat(status.nextSteps()).as(status.name()).isEqualTo(reachable);
        }
    }

    @Test
    void aRefusalNeedsReasonsAndClosingNeedsTheReply() {
        RightsRequest refused = requestIn(RequestStatus.IN_PROGRESS);
        assertThatThrownBy(() -> refused.refuse(" ", NOW)).isInstanceOf(BusinessRuleException.class)
                .hasMessageStartingWith("privacy.error.refusalNeedsReason");
        assertThat(refused.getStatus()).isEqualTo(RequestStatus.IN_PROGRESS);

        RightsRequest answered = requestIn(RequestStatus.IN_PROGRESS);
        answered.answer(NOW);
        assertThatThrownBy(() -> answered.close(NOW)).isInstanceOf(BusinessRuleException.class)
                .hasMessageStartingWith("privacy.error.closeWithoutReply");
        assertThat(answered.getStatus()).isEqualTo(RequestStatus.ANSWERED);
    }

    @Test
    void anExtensionWhileAwaitingIdentityKeepsTheStatusAndWorkThenStartsAsExtended() {
        RightsRequest r = requestIn(RequestStatus.AWAITING_IDENTITY);
        r.extend(TODAY, "Identity check takes time", NOW);
        assertThat(r.getStatus()).isEqualTo(RequestStatus.AWAITING_IDENTITY);
        assertThat(r.canExtend(TODAY)).isFalse();
        assertThatThrownBy(() -> r.extend(TODAY, "again", NOW)).hasMessageStartingWith("privacy.error.alreadyExtended");
        assertThat(r.startWork(NOW)).isEqualTo(RequestStatus.EXTENDED);
    }

    @Test
    void anExtensionIsRefusedAfterTheFirstDeadlineOrWithoutReasons() {
        RightsRequest r = requestIn(RequestStatus.IN_PROGRESS);
        assertThatThrownBy(() -> r.extend(r.firstDeadline().plusDays(1), "late", NOW))
                .hasMessageStartingWith("privacy.error.extensionTooLate");
        assertThatThrownBy(() -> r.extend(TODAY, "  ", NOW)).hasMessageStartingWith("privacy.error.extensionReasonMissing");
        assertThatThrownBy(() -> r.extend(TODAY, "x".repeat(RightsRequest.MAX_EXTENSION_REASON + 1), NOW))
                .hasMessageStartingWith("privacy.error.noteTooLong");
        assertThat(r.getStatus()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(r.getExtendedOn()).isNull();
    }

    private static RightsRequest requestIn(RequestStatus status) {
        RightsRequest r = new RightsRequest(Set.of(Right.ACCESS), null, "Ann Example", "ann@example.org", List.of(),
                RequestChannel.EMAIL, TODAY, null, NOW);
        PATH.get(status).forEach(move -> move.on(r));
        assertThat(r.getStatus()).isEqualTo(status);
        return r;
    }
}
