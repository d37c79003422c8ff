package be.classeur.people;

import be.classeur.kernel.Pages;
import be.classeur.people.domain.Person;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The filters every person grid shares, evaluated in SQL. */
final class PersonSpecifications {
    private PersonSpecifications() {
    }

    /** One page of the guardian or trainer grid: the shared filters, sorted only on {@code sortable}. */
    static <T extends Person> Slice<PersonRow> rows(JpaSpecificationExecutor<T> people, PersonFilter filter,
                                                    Pageable pageable, Set<String> sortable, Sort defaultSort) {
        Specification<T> spec = Specification.allOf(matching(filter.text()), archived(filter.archive()),
                filter.restrictedOnly() ? restricted() : unfiltered());
        Pageable page = Pages.allowSort(pageable, sortable, defaultSort, "id");
        return people.findBy(spec, q -> q.sortBy(page.getSort()).slice(page)).map(GuardianService::row);
    }

    /**
     * Each word of {@code text} must appear in the first name, last name, e-mail or phone.
     * A word that looks like a phone number is compared without spaces, and a leading 0 also matches +32.
     */
    static <T extends Person> Specification<T> matching(String text) {
        if (text == null || text.isBlank()) {
            return (root, query, cb) -> cb.conjunction();
        }
        List<String> words = words(text);
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            Expression<String> phone = cb.function("replace", String.class, root.get("phone"), cb.literal(" "), cb.literal(""));
            for (String word : words) {
                String like = "%" + escape(word) + "%";
                List<Predicate> any = new ArrayList<>(List.of(
                        cb.like(cb.lower(root.get("firstName")), like, '\\'),
                        cb.like(cb.lower(root.get("lastName")), like, '\\'),
                        cb.like(cb.lower(root.get("email")), like, '\\')));
                String digits = word.replaceAll("[\\s./-]", "");
                if (digits.matches("\\+?\\d{3,}")) {
                    any.add(cb.like(phone, "%" + digits + "%"));
                    if (digits.startsWith("0")) {
                        any.add(cb.like(phone, "%+32" + digits.substring(1) + "%"));
                    }
                }
                all.add(cb.or(any.toArray(Predicate[]::new)));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    /**
     * Processing restricted (art. 18), archived or not; an erased person's trace is no longer a record to restrict.
     * One rule for the count of the dashboard and the list it opens.
     */
    static <T extends Person> Specification<T> restricted() {
        return (root, query, cb) -> cb.and(cb.isTrue(root.get("restricted")), cb.isNull(root.get("anonymisedAt")));
    }

    static <T extends Person> Specification<T> unfiltered() {
        return (root, query, cb) -> cb.conjunction();
    }

    static <T extends Person> Specification<T> archived(ArchiveFilter filter) {
        return (root, query, cb) -> switch (filter == null ? ArchiveFilter.ACTIVE : filter) {
            case ACTIVE -> cb.isFalse(root.get("archived"));
            case ARCHIVED -> cb.isTrue(root.get("archived"));
            case ALL -> cb.conjunction();
        };
    }

    /**
     * The words of {@code text}, lower case; consecutive groups of digits are one word, so that a phone number typed
     * the way people write it ("0470 12 34 56", "+32 470 12 34 56") is searched as one number.
     */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        boolean previousWasDigits = false;
        for (String word : text.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            boolean digits = word.matches("\\+?[\\d./-]*\\d[\\d./-]*");
            if (digits && previousWasDigits && !word.startsWith("+")) {
                words.set(words.size() - 1, words.get(words.size() - 1) + word);
            } else {
                words.add(word);
            }
            previousWasDigits = digits;
        }
        return words;
    }

    private static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
