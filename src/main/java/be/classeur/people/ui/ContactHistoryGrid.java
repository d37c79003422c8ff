package be.classeur.people.ui;

import be.classeur.ui.components.Labels;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.people.ContactService;
import be.classeur.people.ContactRow;
import be.classeur.ui.components.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.springframework.data.domain.PageRequest;

/** A person's contact history, newest first, loaded page by page. */
class ContactHistoryGrid extends Grid<ContactRow> {
    ContactHistoryGrid(ContactService contacts, DataSubjectRef person) {
        addColumn(c -> Formats.date(c.occurredOn())).setHeader(getTranslation("people.contact.date")).setAutoWidth(true);
        addColumn(c -> Labels.of(c.kind())).setHeader(getTranslation("people.contact.kind")).setAutoWidth(true);
        addColumn(ContactRow::note).setHeader(getTranslation("people.contact.note")).setFlexGrow(1);
        addColumn(ContactRow::recordedBy).setHeader(getTranslation("people.contact.recordedBy")).setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_COMPACT);
        setEmptyStateText(getTranslation("people.contact.empty"));
        setHeight("16rem");
        setItems(query -> contacts.history(person, PageRequest.of(query.getPage(), query.getPageSize())).stream());
    }
}
