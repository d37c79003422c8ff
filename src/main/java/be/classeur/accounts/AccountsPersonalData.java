package be.classeur.accounts;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.PersonalDataHandler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts module's part of the personal-data contract: the sign-in account linked to a trainer record (display
 * name, login name, e-mail, roles, language). Erasure replaces the display name and the login name with the pseudonym, clears the
 * e-mail address and disables the account; the account row stays (roles, language, dates), because the audit log names whoever acted by
 * account id and roles, never by login, and keeps pointing to it. Called only by the privacy module's service, hence
 * the privacy-officer check.
 */
@Component
public class AccountsPersonalData implements PersonalDataHandler {
    static final String PART = "accounts";

    private final UserAccountRepository accounts;

    AccountsPersonalData(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    public String part() {
        return PART;
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    public Set<Class<?>> coverage() {
        return Set.of(UserAccount.class);
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    @Transactional(readOnly = true)
    public Holdings describe(DataSubjectRef subject) {
        if (accountsOf(subject).isEmpty()) {
            return new Holdings(PART, List.of(), List.of());
        }
        return new Holdings(PART, List.of("privacy.held.accounts.account"),
                List.of(new Retained("privacy.held.accounts.disabledAccount", "privacy.retained.auditTrail")));
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    @Transactional(readOnly = true)
    public Map<String, Object> export(DataSubjectRef subject) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> rows = accountsOf(subject).stream().map(a -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("username", a.getUsername());
            row.put("displayName", a.getDisplayName());
            row.put("roles", a.getRoles().stream().map(Enum::name).sorted().toList());
            row.put("email", a.getEmail());
            row.put("locale", a.getLocale());
            row.put("enabled", a.isEnabled());
            row.put("createdAt", a.getCreatedAt());
            return row;
        }).toList();
        if (!rows.isEmpty()) {
            out.put("accounts", rows);
        }
        return out;
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    @Transactional
    public void anonymise(DataSubjectRef subject, String pseudonym) {
        for (UserAccount account : accountsOf(subject)) {
            account.setDisplayName(pseudonym);
            // Unique even when one trainer had several accounts; matches the login-name pattern.
            account.setUsername(pseudonym + "-" + account.getId());
            account.setEmail(null);
            account.setEnabled(false);
        }
    }

    /** Restriction concerns the processing of the trainer's record, not their own use of their account. */
    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    public void restrict(DataSubjectRef subject, boolean restricted) {
        // Nothing to switch here.
    }

    private List<UserAccount> accountsOf(DataSubjectRef subject) {
        return subject.kind() == PersonKind.TRAINER ? accounts.findByTrainerIdOrderById(subject.id()) : List.of();
    }
}
