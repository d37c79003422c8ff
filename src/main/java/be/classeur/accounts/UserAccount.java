package be.classeur.accounts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person who may sign in: login name, display name, bcrypt hash, roles, and for a trainer the trainer record. */
@Entity
@Table(name = "user_account")
public class UserAccount {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NotBlank(message = "{validation.required}")
    @Size(min = 3, max = 60, message = "{validation.size}")
    @Pattern(regexp = "[a-zA-Z0-9._@-]*", message = "{accounts.validation.username}")
    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.size}")
    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(nullable = false, length = 5)
    private String locale = "fr";

    /** Optional; where the morning digest goes (privacy officers). Staff personal data, cleared on erasure. */
    @Email(message = "{validation.email}")
    @Size(max = 254, message = "{validation.size}")
    @Column(length = 254)
    private String email;

    @Column(name = "trainer_id")
    private Long trainerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotEmpty(message = "{accounts.validation.roles}")
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "role", length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    public UserAccount() {
    }

    public UserAccount(String username, String displayName, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        setRoles(roles);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username == null ? null : username.strip(); }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName == null ? null : displayName.strip(); }
    String getPasswordHash() { return passwordHash; }
    void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getLocale() { return locale; }
    public void setLocale(String locale) { this.locale = locale; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email == null || email.isBlank() ? null : email.strip(); }
    public Long getTrainerId() { return trainerId; }
    public void setTrainerId(Long trainerId) { this.trainerId = trainerId; }
    public Instant getCreatedAt() { return createdAt; }
    void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isActiveAdministrator() {
        return enabled && roles.contains(Role.ADMIN);
    }
}
