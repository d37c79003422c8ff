package be.classeur.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which browser the end-to-end journeys drive, on a machine with and without Debian's Chromium, under CI and not. */
class BrowserChoiceTest {
    @TempDir
    Path dir;

    @Test
    void drivesTheSystemChromiumWhenBrowserAndDriverAreInstalled() throws IOException {
        Path chromium = executable("chromium");
        Path chromedriver = executable("chromedriver");

        BrowserChoice choice = BrowserChoice.choose(chromium, chromedriver, false);

        assertThat(choice.seleniumManager()).isFalse();
        assertThat(choice.browser()).isEqualTo(chromium);
        assertThat(choice.driver()).isEqualTo(chromedriver);
        assertThat(BrowserChoice.choose(chromium, chromedriver, true).browser()).isEqualTo(chromium);
    }

    @Test
    void letsSeleniumManagerProvideTheBrowserOnAMachineWithoutChromium() throws IOException {
        BrowserChoice none = BrowserChoice.choose(dir.resolve("chromium"), dir.resolve("chromedriver"), false);
        // Only the driver, or a browser file that cannot be run: not a usable system Chromium either.
        BrowserChoice driverOnly = BrowserChoice.choose(dir.resolve("chromium"), executable("chromedriver"), false);
        Path notExecutable = Files.createFile(dir.resolve("chromium"));
        BrowserChoice notRunnable = BrowserChoice.choose(notExecutable, dir.resolve("chromedriver"), false);

        assertThat(none.seleniumManager()).isTrue();
        assertThat(driverOnly.seleniumManager()).isTrue();
        assertThat(notRunnable.seleniumManager()).isTrue();
    }

    @Test
    void underCiAMissingSystemChromiumFailsInsteadOfFallingBack() throws IOException {
        Path chromedriver = executable("chromedriver");

        assertThatThrownBy(() -> BrowserChoice.choose(dir.resolve("chromium"), chromedriver, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(dir.resolve("chromium").toString()).hasMessageContaining("CI");
    }

    @Test
    void ciIsRecognisedFromTheEnvironmentOrFromThePropertyCiRunPasses() {
        assertThat(BrowserChoice.systemChromiumRequired(Map.of("CI", "true"), null)).isTrue();
        assertThat(BrowserChoice.systemChromiumRequired(Map.of("CI", "1"), null)).isTrue();
        assertThat(BrowserChoice.systemChromiumRequired(Map.of(), "true")).isTrue();
        assertThat(BrowserChoice.systemChromiumRequired(Map.of(), null)).isFalse();
        assertThat(BrowserChoice.systemChromiumRequired(Map.of("CI", ""), "false")).isFalse();
        assertThat(BrowserChoice.systemChromiumRequired(Map.of("CI", "false"), null)).isFalse();
    }

    private Path executable(String name) throws IOException {
        return Files.createFile(dir.resolve(name), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    }
}
