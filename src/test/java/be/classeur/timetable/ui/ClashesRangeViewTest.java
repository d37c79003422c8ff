package be.classeur.timetable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.timetable.TimetableService;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The clash search asks DateRange whether its two days are in order and short enough, and keeps its own wording. */
@SpringBootTest
@WithUserDetails("admin")
class ClashesRangeViewTest extends SpringBrowserlessTest {
    @Autowired
    Clock clock;

    @Test
    void aReversedRangeMarksTheEndDay() {
        ClashesView view = navigate(ClashesView.class);
        LocalDate today = LocalDate.now(clock);
        view.from.setValue(today);
        view.to.setValue(today.minusDays(1));

        view.refresh();

        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo(view.getTranslation("timetable.clashes.endBeforeStart"));
    }

    @Test
    void aOneDayRangeIsSearchedAndALongerThanAllowedOneIsRefused() {
        ClashesView view = navigate(ClashesView.class);
        LocalDate today = LocalDate.now(clock);
        view.from.setValue(today);
        view.to.setValue(today);
        view.refresh();
        assertThat(view.to.isInvalid()).isFalse();

        view.to.setValue(today.plusDays(TimetableService.MAX_RANGE_DAYS + 1L));
        view.refresh();

        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo(view.getTranslation("timetable.error.rangeTooLong"));
    }
}
