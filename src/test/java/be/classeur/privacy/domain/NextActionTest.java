package be.classeur.privacy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.kernel.DisplayFormats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The request's next action, for every status: the usual flow (start, answer, record the reply, close), never a
 * refusal or an extension; and each action that moves the request is a move the flow allows from there.
 */
class NextActionTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Instant NOW = TODAY.atTime(10, 0).atZone(DisplayFormats.ZONE).toInstant();

    @Test
    void receivedStartsTheWork() {
        assertThat(received().nextAction()).isEqualTo(NextAction.START_WORK);
    }

    @Test
    void awaitingIdentityStartsTheWorkOnceTheIdentityIsEstablished() {
        RightsRequest r = received();
        r.requestIdentityProof(NOW);
        assertThat(r.nextAction()).isEqualTo(NextAction.CONFIRM_IDENTITY);
        assertThat(r.nextAction().reaches()).as("identity is established by the recorded check, not a status move").isNull();
    }

    @Test
    void inProgressAndExtendedAreAnswered() {
        RightsRequest r = received();
        r.startWork(NOW);
        assertThat(r.nextAction()).isEqualTo(NextAction.ANSWER);
        r.extend(TODAY, "Many documents to gather", NOW);
        assertThat(r.getStatus()).isEqualTo(RequestStatus.EXTENDED);
        assertThat(r.nextAction()).isEqualTo(NextAction.ANSWER);
    }

    @Test
    void answeredRecordsTheReplyThenCloses() {
        RightsRequest r = received();
        r.startWork(NOW);
        r.answer(NOW);
        assertThat(r.nextAction()).isEqualTo(NextAction.RECORD_REPLY);
        assertThat(r.nextAction().reaches()).isNull();
        r.recordReply(TODAY, NOW);
        assertThat(r.nextAction()).isEqualTo(NextAction.CLOSE);
    }

    @Test
    void refusedRecordsTheReplyThenCloses() {
        RightsRequest r = received();
        r.startWork(NOW);
        r.refuse("Manifestly unfounded", NOW);
        assertThat(r.nextAction()).isEqualTo(NextAction.RECORD_REPLY);
        r.recordReply(TODAY, NOW);
        assertThat(r.nextAction()).isEqualTo(NextAction.CLOSE);
    }

    @Test
    void closedHasNothingLeft() {
        RightsRequest r = received();
        r.startWork(NOW);
        r.answer(NOW);
        r.recordReply(TODAY, NOW);
        r.close(NOW);
        assertThat(r.nextAction()).isEqualTo(NextAction.NONE);
        assertThat(r.getStatus().nextSteps()).isEmpty();
    }

    @Test
    void noNextActionRefusesExtendsOrAsksForProofOfIdentity() {
        // Those are decisions for the officer, never the default button.
        for (NextAction action : NextAction.values()) {
            assertThat(action.reaches()).as(action.name()).isNotIn(RequestStatus.REFUSED, RequestStatus.EXTENDED,
                    RequestStatus.AWAITING_IDENTITY);
        }
    }

    private static RightsRequest received() {
        return new RightsRequest(Set.of(Right.ACCESS), null, "Ann Example", "ann@example.org", List.of(),
                RequestChannel.EMAIL, TODAY, null, NOW);
    }
}
