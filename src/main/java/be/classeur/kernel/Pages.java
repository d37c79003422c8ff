package be.classeur.kernel;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Paging helpers: a grid may only sort on the properties a service allows (and indexes). */
public final class Pages {
    private Pages() {
    }

    /**
     * Keeps only the sort orders on allowed properties and adds {@code tieBreaker} ascending,
     * so that pages are stable.
     */
    public static Pageable allowSort(Pageable requested, Set<String> allowed, Sort defaultSort, String tieBreaker) {
        Sort sort = Sort.by(requested.getSort().stream()
                .filter(order -> allowed.contains(order.getProperty()))
                .collect(Collectors.toList()));
        if (sort.isUnsorted()) {
            sort = defaultSort;
        }
        if (sort.getOrderFor(tieBreaker) == null) {
            sort = sort.and(Sort.by(tieBreaker));
        }
        if (requested.isUnpaged()) {
            return PageRequest.of(0, 50, sort);
        }
        return PageRequest.of(requested.getPageNumber(), Math.min(requested.getPageSize(), 500), sort);
    }
}
