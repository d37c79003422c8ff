package be.classeur.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Order;

class PagesTest {
    private static final Set<String> ALLOWED = Set.of("lastName", "firstName", "birthDate");
    private static final Sort DEFAULT_SORT = Sort.by("lastName", "firstName");

    @Test
    void unknownSortPropertiesAreDroppedAndAllowedOnesKeptWithTheirDirection() {
        Pageable requested = PageRequest.of(1, 20, Sort.by(Order.asc("password"), Order.desc("birthDate"), Order.asc("passwordHash")));

        Pageable page = Pages.allowSort(requested, ALLOWED, DEFAULT_SORT, "id");

        assertThat(page.getSort().toList()).containsExactly(Order.desc("birthDate"), Order.asc("id"));
        assertThat(page.getSort().getOrderFor("password")).isNull();
        assertThat(page.getPageNumber()).isEqualTo(1);
        assertThat(page.getPageSize()).isEqualTo(20);
    }

    @Test
    void allowedOrdersKeepTheirRequestedSequence() {
        Pageable requested = PageRequest.of(0, 10, Sort.by(Order.desc("firstName"), Order.asc("lastName")));

        Pageable page = Pages.allowSort(requested, ALLOWED, DEFAULT_SORT, "id");

        assertThat(page.getSort().toList()).containsExactly(Order.desc("firstName"), Order.asc("lastName"), Order.asc("id"));
    }

    @Test
    void onlyUnknownPropertiesFallBackToTheDefaultSort() {
        Pageable requested = PageRequest.of(0, 10, Sort.by("password"));

        Pageable page = Pages.allowSort(requested, ALLOWED, DEFAULT_SORT, "id");

        assertThat(page.getSort().toList()).containsExactly(Order.asc("lastName"), Order.asc("firstName"), Order.asc("id"));
    }

    @Test
    void theDefaultSortIsUsedWhenNoneIsRequested() {
        Pageable page = Pages.allowSort(PageRequest.of(3, 25), ALLOWED, DEFAULT_SORT, "id");

        assertThat(page.getSort().toList()).containsExactly(Order.asc("lastName"), Order.asc("firstName"), Order.asc("id"));
        assertThat(page.getPageNumber()).isEqualTo(3);
        assertThat(page.getPageSize()).isEqualTo(25);
    }

    @Test
    void theTieBreakerIsNotAddedTwice() {
        Pageable requested = PageRequest.of(0, 10, Sort.by(Order.asc("lastName"), Order.desc("id")));

        Pageable page = Pages.allowSort(requested, Set.of("lastName", "id"), DEFAULT_SORT, "id");

        assertThat(page.getSort().toList()).containsExactly(Order.asc("lastName"), Order.desc("id"));
    }

    @Test
    void thePageSizeIsCappedAt500() {
        assertThat(Pages.allowSort(PageRequest.of(2, 10_000), ALLOWED, DEFAULT_SORT, "id").getPageSize()).isEqualTo(500);
        assertThat(Pages.allowSort(PageRequest.of(2, 10_000), ALLOWED, DEFAULT_SORT, "id").getPageNumber()).isEqualTo(2);
        assertThat(Pages.allowSort(PageRequest.of(0, 500), ALLOWED, DEFAULT_SORT, "id").getPageSize()).isEqualTo(500);
        assertThat(Pages.allowSort(PageRequest.of(0, 499), ALLOWED, DEFAULT_SORT, "id").getPageSize()).isEqualTo(499);
    }

    @Test
    void anUnpagedRequestBecomesTheFirstPageOfFifty() {
        Pageable page = Pages.allowSort(Pageable.unpaged(Sort.by("password")), ALLOWED, DEFAULT_SORT, "id");

        assertThat(page.isPaged()).isTrue();
        assertThat(page.getPageNumber()).isZero();
        assertThat(page.getPageSize()).isEqualTo(50);
        assertThat(page.getSort().toList()).containsExactly(Order.asc("lastName"), Order.asc("firstName"), Order.asc("id"));
    }
}
