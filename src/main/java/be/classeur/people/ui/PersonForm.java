package be.classeur.people.ui;

import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.people.RectificationService;
import be.classeur.people.domain.Person;
import be.classeur.ui.components.Notifications;
import be.classeur.ui.components.DialogButtons;
import be.classeur.ui.components.UserActions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * What the pupil, guardian and trainer forms share: the dialog, the identity, contact and notes fields, save and
 * cancel, the erased-record notice, and the rectification mode of a rights request. A form adds only its own fields
 * (between identity and contact), its links section and how it saves.
 *
 * @param <T> the person the form binds (the module's own entity)
 */
abstract class PersonForm<T extends Person> extends Dialog {
    final BeanValidationBinder<T> binder;
    private final transient Consumer<T> onSaved;
    private final String savedKey;
    private final transient LongFunction<DataSubjectRef> subject;
    private final transient LongFunction<T> forEdit;
    T entity;
    /** Set in rectification mode: saving rectifies the person's own fields for this rights request. */
    private transient @Nullable RectificationService rectifications;
    private @Nullable Long rectificationRequestId;

    final PersonFields<T> person;
    final Button save = new Button();
    final Button cancel = new Button();

    /**
     * @param newKey   the header of a new record
     * @param editKey  the header of an existing one
     * @param savedKey the notification after saving, with the person's name
     * @param subject  the person's reference, for rectification
     * @param forEdit  the record as stored now, for editing
     */
    PersonForm(Class<T> type, T entity, Consumer<T> onSaved, String newKey, String editKey, String savedKey,
               LongFunction<DataSubjectRef> subject, LongFunction<T> forEdit) {
        this.subject = subject;
        this.forEdit = forEdit;
        this.binder = new BeanValidationBinder<>(type);
        this.entity = entity;
        this.onSaved = onSaved;
        this.savedKey = savedKey;
        setHeaderTitle(getTranslation(entity.getId() == null ? newKey : editKey));
        setWidth("min(60rem, 100vw)");
        setCloseOnOutsideClick(false);
        addClassName("classeur-form-dialog");
        person = new PersonFields<>(binder);
    }

    /**
     * Lays the form out once the subclass has made its fields: identity, the form's own fields, contact, notes, then
     * the links section if any; and shows the record.
     */
    void layOut(Consumer<FormLayout> ownFields, @Nullable Component section) {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        form.add(person.identity());
        ownFields.accept(form);
        form.add(person.contact());
        form.add(person.notes, 2);
        if (section == null) {
            add(form);
        } else {
            VerticalLayout content = new VerticalLayout(form, section);
            content.setPadding(false);
            add(content);
        }

        DialogButtons.saveAndCancel(this, save, "ui.action.save", cancel, this::save);

        binder.readBean(entity);
        if (entity.isAnonymised()) {
            AnonymisedNotice.onForm(this, binder, save, entity);
        }
    }

    /** Switches the form to rectification for a rights request (the privacy officer's path): the person's own fields. */
    void startRectifying(RectificationService service, long requestId) {
        this.rectifications = service;
        this.rectificationRequestId = requestId;
        setHeaderTitle(getTranslation("people.rectification.title", String.valueOf(requestId)));
    }

    /** Saves the record the ordinary way (with its links, if the form has any). */
    abstract T saveOwn(T edited);

    /** After a reload: what the form shows beside the bound fields (links, subject choices). */
    void reloaded(T stored, boolean rectifying) {
    }

    /** A rule the service refused: a form with links says it beside them too. */
    void refused(BusinessRuleException e) {
    }

    /**
     * Between a valid form and the store: a form may warn first and call {@code store} only if the user goes on
     * (the guardian form's possible duplicate). By default it stores at once.
     */
    void beforeStoring(Runnable store) {
        store.run();
    }

    /** Whether the form rectifies for a rights request (the person's own fields only). */
    boolean isRectifying() {
        return rectifications != null;
    }

    void save() {
        try {
            binder.writeBean(entity);
        } catch (ValidationException e) {
            Notifications.error("validation.form.invalid");
            return;
        }
        beforeStoring(this::attemptStore);
    }

    private void attemptStore() {
        UserActions.attempt(() -> {
            try {
                store();
            } catch (BusinessRuleException e) {
                refused(e);
                throw e;
            }
        }, this::reload);
    }

    private void store() {
        if (rectifications != null) {
            List<String> changed = rectifications.rectify(entity, rectificationRequestId);
            Notifications.success("people.rectification.saved", String.valueOf(rectificationRequestId), changed.size());
            close();
            onSaved.accept(entity);
            return;
        }
        T saved = saveOwn(entity);
        Notifications.success(savedKey, saved.fullName());
        close();
        onSaved.accept(saved);
    }

    /** Drops this form's changes and shows the record as it is now stored. */
    @SuppressWarnings("unchecked")
    void reload() {
        boolean rectifying = rectifications != null;
        entity = rectifying ? (T) rectifications.forRectification(subject.apply(entity.getId())) : forEdit.apply(entity.getId());
        reloaded(entity, rectifying);
        binder.readBean(entity);
    }

    /**
     * Finishes a links grid (pupil's guardians, guardian's pupils): a remove button per row, named for screen readers,
     * then all rows shown, compact, with {@code emptyKey} when there is none.
     */
    <E> void finishLinkGrid(Grid<E> grid, Function<E, String> name, Consumer<E> remove, Runnable moreColumns, String emptyKey) {
        grid.addComponentColumn(entry -> {
            Button button = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> remove.accept(entry));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            button.setAriaLabel(getTranslation("people.link.remove", name.apply(entry)));
            return button;
        }).setAutoWidth(true).setFlexGrow(0);
        moreColumns.run();
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation(emptyKey));
    }

    /** The links section: title, grid, the row that adds a link, and the error line read out by screen readers. */
    static VerticalLayout linkSection(Component title, Grid<?> grid, Span error, Component... adderParts) {
        HorizontalLayout adder = new HorizontalLayout(adderParts);
        adder.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        adder.setWrap(true);
        error.addClassName("classeur-error-text");
        error.getElement().setAttribute("role", "alert");
        VerticalLayout section = new VerticalLayout(title, grid, adder, error);
        section.setPadding(false);
        return section;
    }
}
