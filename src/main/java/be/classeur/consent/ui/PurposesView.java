package be.classeur.consent.ui;

import be.classeur.consent.PurposeDraft;
import be.classeur.consent.PurposeLocations;
import be.classeur.consent.PurposeRow;
import be.classeur.consent.PurposeService;
import be.classeur.kernel.Roles;
import be.classeur.ui.components.CurrentUser;
import be.classeur.ui.components.ListGrids;
import be.classeur.ui.components.Notifications;
import be.classeur.ui.components.OneClick;
import be.classeur.ui.components.UserActions;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/**
 * The purposes of processing: the privacy officer edits their wording in three languages, legal basis, whether consent
 * is needed and the soft opt-in; administrators read them. The register holds a handful of rows, loaded whole.
 */
@Route(PurposeLocations.PURPOSES)
@Menu(order = 10, title = "consent.purposes.title", icon = "vaadin:list-select")
@RolesAllowed({Roles.PRIVACY_OFFICER, Roles.ADMIN})
public class PurposesView extends VerticalLayout implements HasDynamicTitle {
    private final transient PurposeService purposes;
    final Grid<PurposeRow> grid = new Grid<>(PurposeRow.class, false);
    final boolean canEdit;

    public PurposesView(PurposeService purposes) {
        this.purposes = purposes;
        this.canEdit = CurrentUser.hasRole(Roles.PRIVACY_OFFICER);
        setSizeFull();
        Paragraph intro = new Paragraph(getTranslation(canEdit ? "consent.purposes.intro" : "consent.purposes.readOnly"));

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(this::purposeText).setHeader(getTranslation("consent.purposes.field.purpose")).setKey("purpose")
                .setFlexGrow(3);
        grid.addColumn(row -> getTranslation(row.legalBasisKey())).setHeader(getTranslation("consent.purposes.field.legalBasis"))
                .setKey("legalBasis").setFlexGrow(2);
        grid.addColumn(row -> yesNo(row.consentRequired())).setHeader(getTranslation("consent.purposes.field.consentRequired"))
                .setKey("consentRequired").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> getTranslation(row.recordedPerPerson() ? "consent.purposes.perPerson" : "consent.purposes.registerOnly"))
                .setHeader(getTranslation("consent.purposes.field.recording")).setKey("recording").setFlexGrow(1);
        grid.addColumn(row -> PurposeService.ACTIVITY_NEWS.equals(row.code()) ? yesNo(row.softOptIn()) : "")
                .setHeader(getTranslation("consent.purposes.field.softOptIn")).setKey("softOptIn").setAutoWidth(true).setFlexGrow(0);
        if (canEdit) {
            grid.addComponentColumn(row -> {
                Button edit = new Button(VaadinIcon.EDIT.create(), e -> openForm(row));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                edit.setAriaLabel(getTranslation("ui.action.edit") + " · " + row.code());
                edit.setTooltipText(getTranslation("ui.action.edit"));
                return ListGrids.keepClicksInside(edit);
            }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
            ListGrids.openOnClick(grid, this::openForm);
        }
        grid.setSizeFull();
        add(intro, grid);
        refresh();
    }

    private String language() {
        return getLocale() == null ? "fr" : getLocale().getLanguage().toLowerCase(Locale.ROOT);
    }

    /** The officer's wording in the reader's language when set, else the policy's. */
    String purposeText(PurposeRow row) {
        String own = row.description(language());
        return own == null ? getTranslation(row.purposeKey()) : own;
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "consent.purposes.yes" : "consent.purposes.no");
    }

    PurposeDialog openForm(PurposeRow row) {
        PurposeDialog dialog = new PurposeDialog(row, purposes.legalBases());
        dialog.open();
        return dialog;
    }

    /** Saves the officer's edit, as read at the row's version; true when saved, so that the dialog can close. */
    boolean save(PurposeRow row, PurposeDraft draft) {
        return UserActions.attempt(() -> {
            purposes.update(row.code(), row.version(), draft);
            Notifications.success("consent.purposes.saved");
            refresh();
        }, this::refresh);
    }

    void refresh() {
        grid.setItems(purposes.purposes());
    }

    List<PurposeRow> rows() {
        return grid.getListDataView().getItems().toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consent.purposes.title");
    }

    /** Edits one purpose. */
    class PurposeDialog extends Dialog {
        private final BeanValidationBinder<PurposeDraft> binder = new BeanValidationBinder<>(PurposeDraft.class);
        final TextArea descriptionFr = new TextArea();
        final TextArea descriptionEn = new TextArea();
        final TextArea descriptionNl = new TextArea();
        final Select<String> legalBasis = new Select<>();
        final Checkbox consentRequired = new Checkbox();
        final Checkbox softOptIn = new Checkbox();
        final Span recording = new Span();
        final Button save = new Button();

        PurposeDialog(PurposeRow row, List<String> legalBases) {
            setHeaderTitle(getTranslation("consent.purposes.edit"));
            setCloseOnOutsideClick(false);
            setWidth("min(60rem, 95vw)");
            describe(descriptionFr, "consent.purposes.field.descriptionFr", row, "fr");
            describe(descriptionEn, "consent.purposes.field.descriptionEn", row, "en");
            describe(descriptionNl, "consent.purposes.field.descriptionNl", row, "nl");
            legalBasis.setLabel(getTranslation("consent.purposes.field.legalBasis"));
            legalBasis.setItems(legalBases);
            legalBasis.setItemLabelGenerator(code -> code == null ? "" : getTranslation("privacy.processing.legalBasis." + code));
            consentRequired.setLabel(getTranslation("consent.purposes.field.consentRequired"));
            softOptIn.setLabel(getTranslation("consent.purposes.field.softOptIn"));
            softOptIn.setHelperText(getTranslation("consent.purposes.softOptInHelper"));
            softOptIn.setVisible(PurposeService.ACTIVITY_NEWS.equals(row.code()));
            recording.setText(getTranslation(row.recordedPerPerson() ? "consent.purposes.perPerson" : "consent.purposes.registerOnly"));
            binder.forField(descriptionFr).bind("descriptionFr");
            binder.forField(descriptionEn).bind("descriptionEn");
            binder.forField(descriptionNl).bind("descriptionNl");
            binder.forField(legalBasis).asRequired(getTranslation("validation.required.field")).bind("legalBasis");
            binder.forField(consentRequired).bind("consentRequired");
            binder.forField(softOptIn).bind("softOptIn");
            PurposeDraft draft = PurposeDraft.of(row);
            binder.readBean(draft);
            FormLayout form = new FormLayout(new Paragraph(getTranslation(row.purposeKey())), descriptionFr, descriptionEn,
                    descriptionNl, legalBasis, consentRequired, softOptIn, recording);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            add(form);
            save.setText(getTranslation("ui.action.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
            OneClick.onClick(save, e -> {
                try {
                    binder.writeBean(draft);
                } catch (ValidationException invalid) {
                    Notifications.error("validation.form.invalid");
                    return;
                }
                if (PurposesView.this.save(row, draft)) {
                    close();
                }
            });
            getFooter().add(new Button(getTranslation("ui.action.cancel"), e -> close()), save);
        }

        private void describe(TextArea area, String labelKey, PurposeRow row, String language) {
            area.setLabel(getTranslation(labelKey));
            area.setMaxLength(PurposeDraft.DESCRIPTION_MAX);
            area.setHelperText(getTranslation("consent.purposes.descriptionHelper",
                    getTranslation(Locale.of(language), row.purposeKey())));
            area.setWidthFull();
        }
    }
}
