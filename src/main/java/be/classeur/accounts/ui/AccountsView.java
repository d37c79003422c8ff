package be.classeur.accounts.ui;

import be.classeur.ui.components.Labels;
import be.classeur.accounts.AccountLocations;
import be.classeur.ui.components.OneClick;
import be.classeur.ui.components.ColumnPicker;
import be.classeur.ui.components.ListGrids;
import be.classeur.ui.components.SearchFields;
import be.classeur.ui.components.Toolbars;
import be.classeur.accounts.AccountRow;
import be.classeur.accounts.AccountService;
import be.classeur.accounts.Role;
import be.classeur.accounts.UserAccount;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.Roles;
import be.classeur.people.ArchiveFilter;
import be.classeur.people.PersonFilter;
import be.classeur.people.PersonRow;
import be.classeur.people.TrainerService;
import be.classeur.ui.components.Confirmations;
import be.classeur.ui.components.Notifications;
import be.classeur.ui.components.UserActions;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/**
 * Administrators manage the accounts that may sign in: who, with which roles, linked to which trainer record,
 * enabled or not. Passwords are only ever set, never shown. The service refuses to lose the last administrator.
 */
@Route(AccountLocations.ACCOUNTS)
@Menu(order = 9, title = "accounts.title", icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
public class AccountsView extends VerticalLayout implements HasDynamicTitle {
    private final transient AccountService accounts;
    private final transient TrainerService trainers;
    /** Trainer names already looked up, so that the grid and the picker do not ask twice. */
    private final Map<Long, String> trainerNames = new HashMap<>();

    final TextField search = new TextField();
    final Button create = new Button();
    final Grid<AccountRow> grid = new Grid<>(AccountRow.class, false);
    /** Names the grid in each account's stored choice of columns. */
    static final String GRID_KEY = "accounts";
    ColumnPicker<AccountRow> columns;

    public AccountsView(AccountService accounts, TrainerService trainers) {
        this.accounts = accounts;
        this.trainers = trainers;
        setSizeFull();
        HorizontalLayout toolbar = toolbar();
        add(toolbar, grid);
        configureGrid();
        toolbar.add(columns);
    }

    private HorizontalLayout toolbar() {
        SearchFields.configure(search, "accounts.filter.search", null, this::refresh);
        create.setText(getTranslation("accounts.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openNew());
        HorizontalLayout toolbar = Toolbars.withSearch(search, create);
        return toolbar;
    }

    private void configureGrid() {
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(AccountRow::username).setHeader(getTranslation("accounts.field.username"))
                .setKey("username").setSortProperty("username").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(AccountRow::displayName).setHeader(getTranslation("accounts.field.displayName"))
                .setKey("displayName").setSortProperty("displayName").setWidth("11rem").setFlexGrow(1);
        grid.addColumn(this::rolesText).setHeader(getTranslation("accounts.field.roles")).setKey("roles")
                .setWidth("11rem").setFlexGrow(1);
        grid.addColumn(a -> getTranslation(a.enabled() ? "accounts.enabled.yes" : "accounts.enabled.no"))
                .setHeader(getTranslation("grid.header.accountEnabled")).setKey("enabled").setSortProperty("enabled")
                .setWidth("6rem").setFlexGrow(0);
        // The linked trainer's name, with a warning when the account's display name says someone else.
        grid.addColumn(LitRenderer.<AccountRow>of("<span>${item.trainer}</span> <span theme=\"badge warning small\" "
                                + "?hidden=\"${!item.mismatch}\" title=\"${item.mismatchText}\">${item.mismatchBadge}</span>")
                        .withProperty("trainer", a -> a.trainerId() == null ? "" : trainerName(a.trainerId()))
                        .withProperty("mismatch", this::nameMismatch)
                        .withProperty("mismatchBadge", a -> nameMismatch(a) ? getTranslation("accounts.trainerName.mismatch.badge") : "")
                        .withProperty("mismatchText", a -> nameMismatch(a)
                                ? getTranslation("accounts.trainerName.mismatch", a.displayName(), trainerName(a.trainerId())) : ""))
                .setHeader(getTranslation("grid.header.trainer")).setKey("trainer").setWidth("13rem").setFlexGrow(1);
        grid.addComponentColumn(account -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> openEdit(account.id()));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("ui.action.edit") + " · " + account.username());
            edit.setTooltipText(getTranslation("ui.action.edit"));
            Button password = new Button(VaadinIcon.KEY.create(), e -> openSetPassword(account));
            password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            password.setAriaLabel(getTranslation("accounts.action.setPassword") + " · " + account.username());
            password.setTooltipText(getTranslation("accounts.action.setPassword"));
            return ListGrids.keepClicksInside(new HorizontalLayout(edit, password));
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("accounts.empty"));
        grid.setItems(query -> accounts.search(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        ListGrids.openOnClick(grid, account -> openEdit(account.id()));
        columns = new ColumnPicker<>(grid, GRID_KEY, Set.of("username"), Set.of())
                .withCard(LitRenderer.<AccountRow>of("<div class=\"classeur-card\"><strong>${item.name}</strong>"
                                + "<span class=\"classeur-card-facts\">${item.facts}</span></div>")
                        .withProperty("name", AccountRow::displayName)
                        .withProperty("facts", a -> ListGrids.facts(a.username(), rolesText(a),
                                a.enabled() ? "" : getTranslation("accounts.enabled.no"))))
                .withCardBeside("actions");
    }

    /** The linked trainer's name, looked up once. */
    String trainerName(Long trainerId) {
        return trainerNames.computeIfAbsent(trainerId, id -> trainers.nameOf(id).orElse(""));
    }

    /** Whether the account is linked to a trainer whose name is not the account's display name. */
    boolean nameMismatch(AccountRow account) {
        return account.trainerId() != null && !sameName(account.displayName(), trainerName(account.trainerId()));
    }

    /** The same words, whatever their order, case and accents ("Marie Dupont" is "DUPONT Marie"). */
    static boolean sameName(@Nullable String one, @Nullable String other) {
        return nameWords(one).equals(nameWords(other));
    }

    private static List<String> nameWords(@Nullable String name) {
        if (name == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).sorted().toList();
    }

    private String rolesText(AccountRow account) {
        return account.roles().stream().map(r -> Labels.of(r)).sorted().collect(Collectors.joining(", "));
    }

    String trainerLabel(Long trainerId) {
        return trainerName(trainerId) + " (#" + trainerId + ")";
    }

    AccountDialog openNew() {
        AccountDialog dialog = new AccountDialog(new UserAccount());
        dialog.open();
        return dialog;
    }

    AccountDialog openEdit(long accountId) {
        AccountDialog dialog = new AccountDialog(accounts.forEdit(accountId));
        dialog.open();
        return dialog;
    }

    PasswordDialog openSetPassword(AccountRow account) {
        PasswordDialog dialog = new PasswordDialog(account);
        dialog.open();
        return dialog;
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title");
    }

    /** Creates an account (with its first password) or edits one (with the enabled flag). */
    class AccountDialog extends Dialog {
        private final BeanValidationBinder<UserAccount> binder = new BeanValidationBinder<>(UserAccount.class);
        private UserAccount account;
        /** Whether the account is enabled as stored, to ask before disabling it. */
        private boolean storedEnabled;
        private final boolean creating;

        final TextField username = new TextField();
        final TextField displayName = new TextField();
        final EmailField email = new EmailField();
        final CheckboxGroup<Role> roles = new CheckboxGroup<>();
        final ComboBox<Long> trainer = new ComboBox<>();
        final PasswordField password = new PasswordField();
        final PasswordField repeat = new PasswordField();
        final Checkbox enabled = new Checkbox();
        final Button save = new Button();
        /** Says when the display name is not the linked trainer's name, with a button that takes the trainer's. */
        final Span nameMismatch = new Span();
        final Button useTrainerName = new Button();

        AccountDialog(UserAccount account) {
            this.account = account;
            this.creating = account.getId() == null;
            this.storedEnabled = account.isEnabled();
            setHeaderTitle(getTranslation(creating ? "accounts.new" : "accounts.edit"));
            setWidth("min(40rem, 100vw)");
            setCloseOnOutsideClick(false);
            addClassName("classeur-form-dialog");

            username.setLabel(getTranslation("accounts.field.username"));
            username.setMaxLength(60);
            displayName.setLabel(getTranslation("accounts.field.displayName"));
            displayName.setMaxLength(120);
            email.setLabel(getTranslation("accounts.field.email"));
            email.setHelperText(getTranslation("accounts.field.email.help"));
            email.setMaxLength(254);
            roles.setLabel(getTranslation("accounts.field.roles"));
            roles.setItems(Arrays.asList(Role.values()));
            roles.setItemLabelGenerator(r -> Labels.of(r));
            trainer.setLabel(getTranslation("accounts.field.trainer"));
            trainer.setHelperText(getTranslation("accounts.field.trainer.help"));
            trainer.setClearButtonVisible(true);
            trainer.setItems(query -> trainers.search(new PersonFilter(query.getFilter().orElse(null), ArchiveFilter.ACTIVE),
                            PageRequest.of(query.getPage(), query.getPageSize()))
                    .stream().map(this::remember));
            trainer.setItemLabelGenerator(AccountsView.this::trainerLabel);
            enabled.setLabel(getTranslation("accounts.field.enabled"));

            binder.forField(username).asRequired(getTranslation("validation.required.field")).bind("username");
            binder.forField(displayName).asRequired(getTranslation("validation.required.field")).bind("displayName");
            binder.forField(email).bind("email");
            binder.forField(roles).bind("roles");
            binder.forField(trainer)
                    .withValidator(id -> id != null || !roles.getValue().contains(Role.TRAINER),
                            getTranslation("accounts.error.trainerLinkRequired"))
                    .bind("trainerId");
            binder.forField(enabled).bind("enabled");
            roles.addValueChangeListener(e -> {
                trainer.setRequiredIndicatorVisible(e.getValue().contains(Role.TRAINER));
                if (e.isFromClient()) {
                    binder.validate();
                }
            });

            FormLayout form = new FormLayout();
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
            form.add(username, displayName);
            form.add(email, 2);
            form.add(roles, 2);
            form.add(trainer, 2);
            nameMismatch.addClassName("classeur-warning-text");
            nameMismatch.getElement().setAttribute("role", "status");
            useTrainerName.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            useTrainerName.addClickListener(click -> {
                if (trainer.getValue() != null) {
                    displayName.setValue(trainerName(trainer.getValue()));
                }
            });
            HorizontalLayout mismatch = new HorizontalLayout(nameMismatch, useTrainerName);
            mismatch.setAlignItems(Alignment.BASELINE);
            form.add(mismatch, 2);
            trainer.addValueChangeListener(change -> showNameMismatch());
            displayName.addValueChangeListener(change -> showNameMismatch());
            if (creating) {
                password.setLabel(getTranslation("accounts.field.password"));
                password.setHelperText(getTranslation("accounts.password.help", AccountService.MINIMUM_PASSWORD_LENGTH));
                password.setRequiredIndicatorVisible(true);
                repeat.setLabel(getTranslation("accounts.field.passwordRepeat"));
                repeat.setRequiredIndicatorVisible(true);
                form.add(password, repeat);
            } else {
                form.add(enabled, 2);
            }
            add(form);

            save.setText(getTranslation("ui.action.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            OneClick.onClick(save, e -> save());
            save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
            getFooter().add(new Button(getTranslation("ui.action.cancel"), e -> close()), save);

            binder.readBean(account);
            trainer.setRequiredIndicatorVisible(account.getRoles().contains(Role.TRAINER));
            showNameMismatch();
        }

        /** Shows the warning (and the button) only when a linked trainer's name differs from the display name. */
        void showNameMismatch() {
            Long trainerId = trainer.getValue();
            boolean differs = trainerId != null && !sameName(displayName.getValue(), trainerName(trainerId));
            nameMismatch.setText(differs
                    ? getTranslation("accounts.trainerName.mismatch", displayName.getValue(), trainerName(trainerId)) : "");
            useTrainerName.setText(differs ? getTranslation("accounts.trainerName.use", trainerName(trainerId)) : "");
            nameMismatch.setVisible(differs);
            useTrainerName.setVisible(differs);
        }

        /** Keeps the name of a trainer the picker fetched and returns the id the picker holds. */
        private Long remember(PersonRow row) {
            trainerNames.put(row.id(), row.firstName() + " " + row.lastName());
            return row.id();
        }

        void save() {
            if (creating && !passwordsAcceptable(password, repeat)) {
                return;
            }
            try {
                binder.writeBean(account);
            } catch (ValidationException e) {
                Notifications.error("validation.form.invalid");
                return;
            }
            if (!creating && storedEnabled && !account.isEnabled()) {
                Confirmations.confirm("accounts.disable.confirm.title", "accounts.disable.confirm.text", "accounts.action.disable",
                        this::store, account.getUsername());
            } else {
                store();
            }
        }

        private void store() {
            UserActions.attempt(() -> {
                UserAccount saved = creating ? accounts.create(account, password.getValue()) : accounts.update(account);
                Notifications.success(creating ? "accounts.created" : "accounts.saved", saved.getUsername());
                close();
                refresh();
            }, this::reload);
        }

        /** Drops this dialog's changes and shows the account as it is now stored. */
        void reload() {
            account = accounts.forEdit(account.getId());
            storedEnabled = account.isEnabled();
            binder.readBean(account);
            refresh();
        }
    }

    /** Sets a new password for an account; the old one is never shown. */
    class PasswordDialog extends Dialog {
        final PasswordField password = new PasswordField();
        final PasswordField repeat = new PasswordField();
        final Button save = new Button();

        PasswordDialog(AccountRow account) {
            setHeaderTitle(getTranslation("accounts.password.title", account.username()));
            setCloseOnOutsideClick(false);
            password.setLabel(getTranslation("accounts.field.password"));
            password.setHelperText(getTranslation("accounts.password.help", AccountService.MINIMUM_PASSWORD_LENGTH));
            password.setRequiredIndicatorVisible(true);
            repeat.setLabel(getTranslation("accounts.field.passwordRepeat"));
            repeat.setRequiredIndicatorVisible(true);
            add(new FormLayout(password, repeat));
            save.setText(getTranslation("accounts.action.setPassword"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
            OneClick.onClick(save, e -> {
                if (!passwordsAcceptable(password, repeat)) {
                    return;
                }
                try {
                    accounts.setPassword(account.id(), password.getValue());
                    Notifications.success("accounts.password.done", account.username());
                    close();
                } catch (BusinessRuleException rule) {
                    password.setInvalid(true);
                    password.setErrorMessage(getTranslation(rule.messageKey(), rule.arguments()));
                }
            });
            getFooter().add(new Button(getTranslation("ui.action.cancel"), e -> close()), save);
            addOpenedChangeListener(e -> {
                if (e.isOpened()) {
                    password.focus();
                }
            });
        }
    }

    /** Checks length and repetition on screen; the service checks the length again. */
    private boolean passwordsAcceptable(PasswordField password, PasswordField repeat) {
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (password.getValue().length() < AccountService.MINIMUM_PASSWORD_LENGTH) {
            password.setInvalid(true);
            password.setErrorMessage(getTranslation("accounts.error.passwordTooShort", AccountService.MINIMUM_PASSWORD_LENGTH));
            return false;
        }
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setInvalid(true);
            repeat.setErrorMessage(getTranslation("accounts.error.passwordsDiffer"));
            return false;
        }
        return true;
    }
}
