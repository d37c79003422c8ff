package be.classeur.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The suppression list's key: required and not the demo key in production; never printed; at least 256 bits. */
class SuppressionKeyGuardTest {

    @Test
    void aMissingOrDemoKeyIsRefusedAndNamesTheSettingWithoutPrintingTheKey() {
        assertThat(SuppressionKeyGuard.problem(new MockEnvironment())).contains("missing").contains("CLASSEUR_SUPPRESSION_KEY");
        String demo = SuppressionKeyGuard.problem(new MockEnvironment()
                .withProperty("classeur.suppression.key", SuppressionKey.DEMO_KEY));
        assertThat(demo).contains("demo key").contains("classeur.suppression.key").doesNotContain(SuppressionKey.DEMO_KEY);
        assertThat(SuppressionKeyGuard.problem(new MockEnvironment()
                .withProperty("classeur.suppression.key", "q1w2e3r4t5y6u7i8o9p0q1w2e3r4t5y6u7i8o9p0a1s="))).isNull();
    }

    @Test
    void theKeyMustBeBase64OfAtLeast256Bits() {
        assertThatThrownBy(() -> new SuppressionKey("")).hasMessageContaining("missing");
        assertThatThrownBy(() -> new SuppressionKey("c2hvcnQ=")).hasMessageContaining("256 bits");
        assertThatThrownBy(() -> new SuppressionKey("not base64 !")).hasMessageContaining("base64");
        SuppressionKey demo = new SuppressionKey(SuppressionKey.DEMO_KEY);
        SuppressionKey other = new SuppressionKey("q1w2e3r4t5y6u7i8o9p0q1w2e3r4t5y6u7i8o9p0a1s=");
        assertThat(demo.hash("a@exemple.be")).hasSize(64).isEqualTo(demo.hash("a@exemple.be"))
                .isNotEqualTo(other.hash("a@exemple.be"));
    }
}
