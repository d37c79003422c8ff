package be.classeur.accounts;

import be.classeur.kernel.SignedInAccount;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in principal: the account id, display name and, for a trainer, the trainer it belongs to. */
public class ClasseurUser extends User implements SignedInAccount {
    private final long accountId;
    private final String displayName;
    private final Long trainerId;

    ClasseurUser(UserAccount account, String passwordHash, Collection<? extends GrantedAuthority> authorities) {
        super(account.getUsername(), passwordHash, account.isEnabled(), true, true, true, authorities);
        this.accountId = account.getId();
        this.displayName = account.getDisplayName();
        this.trainerId = account.getTrainerId();
    }

    @Override
    public long accountId() { return accountId; }
    public String displayName() { return displayName; }
    public Long trainerId() { return trainerId; }
}
