package be.classeur.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.privacy.LetterService;
import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RightsRequestService;
import be.classeur.privacy.domain.LetterKind;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.Right;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The letters section of a request's page: generated text, language switch, marking a letter as sent. */
@SpringBootTest
@WithUserDetails("dpo")
class LettersSectionTest extends SpringBrowserlessTest {
    @Autowired
    RightsRequestService requests;
    @Autowired
    LetterService letters;
    @Autowired
    Clock clock;

    @Test
    void theOfficerEditsTheLetterAndMarksItSent() {
        String name = "Lettre" + System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        long id = requests.record(new RequestIntake(Set.of(Right.ACCESS), null, name, null, null, RequestChannel.POST,
                today, null));

        navigate(RequestDetailView.class, id);
        LettersSection section = find(LettersSection.class).single();
        assertThat(section.kind.getValue()).isEqualTo(LetterKind.ACKNOWLEDGEMENT);
        assertThat(section.text.getValue()).startsWith("Objet").contains(name)
                .contains(DateTimeFormatter.ofPattern("dd/MM/yyyy").format(requests.detail(id).deadline()));
        assertThat(section.pdf.getHref()).isNotBlank();

        section.language.setValue("nl");
        assertThat(section.text.getValue()).startsWith("Betreft").contains(name);

        test(section.text).setValue(section.text.getValue() + "\nPS : ajouté à la main");
        test(section.markSent).click();
        assertThat(letters.sentLetters(id)).singleElement().satisfies(row -> {
            assertThat(row.sentOn()).isEqualTo(today);
            assertThat(row.language()).isEqualTo("nl");
            assertThat(row.channel()).isEqualTo(RequestChannel.POST);
        });
        assertThat(section.send.isVisible()).isFalse();
    }
}
