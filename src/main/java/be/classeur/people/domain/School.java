package be.classeur.people.domain;

import org.springframework.modulith.NamedInterface;
import be.classeur.kernel.validation.PostalCodes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** A school that pupils attend. */
@NamedInterface("domain")
@Entity
@Table(name = "school")
public class School {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NotBlank(message = "{validation.required}")
    @Size(max = 150, message = "{validation.size}")
    @Column(nullable = false, length = 150)
    private String name;

    @Size(max = 10, message = "{validation.size}")
    @Column(name = "postal_code", length = 10)
    private String postalCode;

    @Size(max = 80, message = "{validation.size}")
    @Column(length = 80)
    private String city;

    @Column(nullable = false)
    private boolean active = true;

    public School() {
    }

    public School(String name, String postalCode, String city) {
        this.name = name;
        this.postalCode = postalCode;
        this.city = city;
    }

    @AssertTrue(message = "{validation.postalCode}")
    public boolean isPostalCodeValid() {
        return PostalCodes.isValid("BE", postalCode);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? null : name.strip(); }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode == null || postalCode.isBlank() ? null : postalCode.strip(); }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city == null || city.isBlank() ? null : city.strip(); }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof School other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return city == null ? name : name + " (" + city + ")";
    }
}
