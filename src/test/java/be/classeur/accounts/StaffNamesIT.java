package be.classeur.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Staff are shown by their display name; a login without an account shows as itself; trainers may not look names up. */
@SpringBootTest
class StaffNamesIT {
    @Autowired
    StaffNames staffNames;

    @Test
    @WithUserDetails("dpo")
    void theDisplayNameOfEachLoginAndTheLoginItselfWhenNoAccountHasIt() {
        assertThat(staffNames.displayNames(List.of("dpo", "admin", "parti-depuis")))
                .containsEntry("dpo", DemoAccounts.PRIVACY_OFFICER.displayName())
                .containsEntry("admin", DemoAccounts.ADMIN.displayName())
                .containsEntry("parti-depuis", "parti-depuis")
                .hasSize(3);
        assertThat(staffNames.displayName("dpo")).isEqualTo("Paula Protection");
        assertThat(staffNames.displayName(null)).isNull();
        assertThat(staffNames.displayNames(List.of())).isEmpty();
    }

    @Test
    @WithUserDetails("formateur")
    void aTrainerCannotLookStaffUp() {
        assertThatThrownBy(() -> staffNames.displayNames(List.of("dpo"))).isInstanceOf(AccessDeniedException.class);
    }
}
