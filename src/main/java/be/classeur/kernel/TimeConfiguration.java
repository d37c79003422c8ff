package be.classeur.kernel;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Today" comes from one injected clock in the organisation's time zone ({@link DisplayFormats#ZONE}, the same zone
 * every moment is shown in), so tests can fix it.
 *
 * <p>{@code classeur.clock.start} (a local date-time in that zone, e.g. {@code 2026-11-26T09:00}) is for tests only:
 * when set, the clock starts at that moment instead of now. It still ticks, so records ordered by their timestamps
 * keep their order; it only makes "today" independent of the day the tests run (the demo school year is fixed).
 * Never set it in production.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${classeur.clock.start:}") String start) {
        Clock system = Clock.system(DisplayFormats.ZONE);
        if (start.isBlank()) {
            return system;
        }
        LocalDateTime startsAt = LocalDateTime.parse(start.strip());
        return Clock.offset(system, Duration.between(system.instant(), startsAt.atZone(system.getZone())));
    }
}
