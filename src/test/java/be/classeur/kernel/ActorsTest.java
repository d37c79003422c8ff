package be.classeur.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The export tells the system's own work from a person's by the actor text alone: a login never holds ":" (UserAccount). */
class ActorsTest {
    @Test
    void aNamedJobIsTheSystemAndALoginThatStartsLikeItIsNot() {
        assertThat(Actors.isSystem("system")).isTrue();
        assertThat(Actors.isSystem(SystemJob.PREFIX + "privacy-alerts")).isTrue();
        assertThat(Actors.isSystem("systeme")).isFalse();
        assertThat(Actors.isSystem("dpo")).isFalse();
    }
}
