package be.classeur.people.domain;

import org.springframework.modulith.NamedInterface;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A parent or other person responsible for one or more pupils (responsable). */
@NamedInterface("domain")
@Entity
@Table(name = "guardian")
public class Guardian extends Person {
    @OneToMany(mappedBy = "guardian")
    private List<GuardianLink> pupilLinks = new ArrayList<>();

    public List<GuardianLink> getPupilLinks() {
        return pupilLinks;
    }
}
