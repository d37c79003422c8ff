package be.classeur.people.ui;

import be.classeur.ui.components.Labels;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.Roles;
import be.classeur.people.ContactService;
import be.classeur.people.LinkRow;
import be.classeur.people.PersonLocations;
import be.classeur.people.PupilDetail;
import be.classeur.people.PersonPageSection;
import be.classeur.people.PupilService;
import be.classeur.ui.components.Facts;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.Sections;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** Everything stored about one pupil: identity, school path, contact, guardians, contact history. */
@Route(PersonLocations.PUPILS)
@RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
public class PupilDetailView extends PersonDetailView<PupilDetail> {
    private final transient Clock clock;
    private final transient List<PersonPageSection> extraSections;

    public PupilDetailView(PupilService pupils, ContactService contacts, PupilFormFactory forms, Clock clock,
                           List<PersonPageSection> extraSections) {
        super(contacts, forms, new PersonPageReads<>(pupils::detail, pupils::detailAfterOwnAction, DataSubjectRef::pupil,
                pupils::archive, pupils::restore));
        this.extraSections = PersonDetailView.sectionsOf(PersonKind.PUPIL, extraSections);
        this.clock = clock;
    }

    @Override
    void addIdentityFacts(Facts identity, PupilDetail pupil) {
        identity.add("people.pupil.field.birthDate", pupil.birthDate() == null ? null
                        : Formats.date(pupil.birthDate()) + " (" + getTranslation("people.pupil.age",
                        Period.between(pupil.birthDate(), LocalDate.now(clock)).getYears()) + ")")
                .add("people.pupil.field.schoolYear", pupil.schoolYear() == null ? null : Labels.of(pupil.schoolYear()))
                .add("people.pupil.field.school", pupil.school())
                .add("people.pupil.field.stage", Labels.of(pupil.stage()))
                .add("people.pupil.field.subjects", String.join(", ", pupil.subjects()))
                .add("people.pupil.field.dataSource", pupil.dataSource() == null ? null : Labels.of(pupil.dataSource()));
    }

    @Override
    List<Component> sections(PupilDetail detail) {
        UnorderedList guardianList = new UnorderedList();
        for (LinkRow link : detail.guardians()) {
            RouterLink to = new RouterLink(link.guardianName(), GuardianDetailView.class, link.guardianId());
            guardianList.add(new ListItem(to, new Span(" · " + RelationshipChoices.label(this, link.relationship())
                    + (link.guardianPhone() == null ? "" : " · " + link.guardianPhone()))));
        }
        if (detail.guardians().isEmpty()) {
            guardianList.add(new ListItem(getTranslation("people.pupil.guardians.empty")));
        }
        List<Component> sections = new ArrayList<>();
        sections.add(Sections.titled("people.pupil.guardians", guardianList));
        extraSections.forEach(extra -> extra.sectionFor(detail.person().id()).ifPresent(sections::add));
        return sections;
    }
}
