package be.classeur.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.kernel.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class CurrentUserTest {
    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRoleIsHeldThroughItsRoleAuthority() {
        signIn("ROLE_PRIVACY_OFFICER");

        assertThat(CurrentUser.hasRole(Roles.PRIVACY_OFFICER)).isTrue();
        assertThat(CurrentUser.hasRole(Roles.ADMIN)).isFalse();
        assertThat(CurrentUser.hasAnyRole(Roles.ADMIN, Roles.PRIVACY_OFFICER)).isTrue();
        assertThat(CurrentUser.hasAnyRole(Roles.ADMIN, Roles.TRAINER)).isFalse();
    }

    @Test
    void anAuthorityWithoutTheRolePrefixIsNoRole() {
        signIn("ADMIN");

        assertThat(CurrentUser.hasRole(Roles.ADMIN)).isFalse();
    }

    @Test
    void nobodySignedInHoldsNoRole() {
        SecurityContextHolder.clearContext();

        assertThat(CurrentUser.hasRole(Roles.ADMIN)).isFalse();
        assertThat(CurrentUser.hasAnyRole(Roles.ADMIN, Roles.TRAINER, Roles.PRIVACY_OFFICER)).isFalse();
    }

    private static void signIn(String authority) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "someone", "n/a", AuthorityUtils.createAuthorityList(authority)));
    }
}
