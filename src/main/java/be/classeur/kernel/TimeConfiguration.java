package be.classeur.kernel;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Today" comes from one injected clock in the organisation's time zone, so tests can fix it. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${classeur.time-zone:Europe/Brussels}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
