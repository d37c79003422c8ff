package be.classeur.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Which Chromium the end-to-end journeys drive. Debian's Chromium and ChromeDriver when both are installed (as in CI);
 * otherwise Selenium Manager finds or downloads a browser and its driver, so that {@code ./mvnw verify} also works on a
 * fresh machine with internet access. Under CI a missing system Chromium fails instead: CI must test the browser it
 * installs, never whatever Selenium Manager would fetch that day.
 */
record BrowserChoice(Path browser, Path driver) {
    static final Path SYSTEM_CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SYSTEM_CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
    /** Set to true by {@code .ci/run} (through failsafe); the {@code CI} environment variable has the same effect. */
    static final String REQUIRE_SYSTEM_CHROMIUM = "classeur.e2e.requireSystemChromium";

    /** The choice for this machine and this run. */
    static BrowserChoice forThisMachine() {
        return choose(SYSTEM_CHROMIUM, SYSTEM_CHROMEDRIVER, systemChromiumRequired(System.getenv(), System.getProperty(REQUIRE_SYSTEM_CHROMIUM)));
    }

    /**
     * The system browser and driver at these paths when both are executable; else Selenium Manager's, unless the system
     * ones are required.
     *
     * @throws IllegalStateException when the system Chromium is required and one of the two is missing
     */
    static BrowserChoice choose(Path chromium, Path chromedriver, boolean systemRequired) {
        if (Files.isExecutable(chromium) && Files.isExecutable(chromedriver)) {
            return new BrowserChoice(chromium, chromedriver);
        }
        if (systemRequired) {
            throw new IllegalStateException(("The end-to-end tests need Chromium at %s and ChromeDriver at %s under CI "
                    + "(apt-get install chromium chromium-driver; .ci/run does it); %s is missing")
                    .formatted(chromium, chromedriver, Files.isExecutable(chromium) ? chromedriver : chromium));
        }
        return new BrowserChoice(null, null);
    }

    /** Whether this run must use the system Chromium: under CI ({@code CI} set and not "false"), or when asked to. */
    static boolean systemChromiumRequired(Map<String, String> environment, String requireProperty) {
        String ci = environment.get("CI");
        boolean underCi = ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci.strip());
        return underCi || Boolean.parseBoolean(requireProperty);
    }

    /** Whether Selenium Manager provides the browser and the driver. */
    boolean seleniumManager() {
        return browser == null;
    }

    /** Starts the browser with these options (the binary is set here for the system Chromium). */
    ChromeDriver start(ChromeOptions options) {
        if (seleniumManager()) {
            return new ChromeDriver(options);
        }
        options.setBinary(browser.toFile());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
