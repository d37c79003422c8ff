package be.classeur.accounts;

import be.classeur.accounts.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Deny by default: every view declares its roles (Vaadin's navigation access control), every request that is not
 * a Vaadin internal or a public resource needs a login, and services check {@code @PreAuthorize} on their own.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/images/**", "/favicon.ico").permitAll());
        http.headers(headers -> headers.frameOptions(frame -> frame.deny()));
        // A path that matches no route (a mistyped address, "pupils/abc") is denied by default with Spring's bare 403
        // page. For a signed-in user it goes on to Vaadin's router instead, which shows the translated not-found page
        // inside the shell; anonymous users are still sent to the login page. Views keep their own access control.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout")
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
