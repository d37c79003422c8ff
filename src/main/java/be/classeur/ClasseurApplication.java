package be.classeur;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Classeur: the back office of a tutoring non-profit.
 * The app shell loads Lumo and the application stylesheet; there is no custom frontend build.
 */
@SpringBootApplication
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/classeur.css")
public class ClasseurApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(ClasseurApplication.class, args);
    }
}
