package be.classeur.kernel;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds and validates {@link Organisation} once, for every module. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Organisation.class)
class OrganisationConfiguration {
}
