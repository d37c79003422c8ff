package be.classeur.retention.ui;

import be.classeur.kernel.Roles;
import be.classeur.retention.RetentionLocations;
import be.classeur.retention.RetentionRuleRow;
import be.classeur.retention.RetentionRules;
import be.classeur.retention.domain.RetentionRule;
import be.classeur.ui.components.CurrentUser;
import be.classeur.ui.components.DialogButtons;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.Labels;
import be.classeur.ui.components.UserActions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The retention rules per data category: how many months each is kept, counted from what. The privacy officer edits
 * a period (1 to 240 months; everyone's retention date is then recomputed); administrators read them.
 */
@Route(RetentionLocations.RULES)
@Menu(order = 9, title = "retention.rules.title", icon = "vaadin:hourglass")
@RolesAllowed({Roles.PRIVACY_OFFICER, Roles.ADMIN})
public class RetentionRulesView extends VerticalLayout implements HasDynamicTitle {
    private final transient RetentionRules rules;
    final Grid<RetentionRuleRow> grid = new Grid<>(RetentionRuleRow.class, false);

    public RetentionRulesView(RetentionRules rules) {
        this.rules = rules;
        setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> Labels.of(r.category())).setHeader(getTranslation("retention.rules.category"))
                .setKey("category").setFlexGrow(1).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("retention.rules.months", r.periodMonths()))
                .setHeader(getTranslation("retention.rules.period")).setKey("period").setAutoWidth(true);
        grid.addColumn(r -> Labels.of(r.anchor())).setHeader(getTranslation("retention.rules.anchor"))
                .setKey("anchor").setAutoWidth(true);
        grid.addColumn(r -> r.updatedAt() == null ? getTranslation("retention.rules.seeded")
                        : getTranslation("retention.rules.updatedBy", Formats.DATE_TIME.format(r.updatedAt()), r.updatedBy()))
                .setHeader(getTranslation("retention.rules.updated")).setKey("updated").setAutoWidth(true);
        if (CurrentUser.hasRole(Roles.PRIVACY_OFFICER)) {
            grid.addComponentColumn(r -> {
                Button edit = new Button(getTranslation("retention.rules.edit"), e -> new RuleDialog(r).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                edit.getElement().setAttribute("aria-label", getTranslation("retention.rules.editOf", Labels.of(r.category())));
                return edit;
            }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("retention.rules.title")), new Paragraph(getTranslation("retention.rules.intro")), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(rules.rules()); // six rows, one per category
    }

    @Override
    public String getPageTitle() {
        return getTranslation("retention.rules.title");
    }

    /** Edits one rule's period; a concurrent change by another officer is refused and the rule reloaded. */
    public final class RuleDialog extends Dialog {
        final IntegerField months = new IntegerField();
        final Button save = new Button();
        final Button cancel = new Button();

        RuleDialog(RetentionRuleRow rule) {
            setHeaderTitle(getTranslation("retention.rules.editOf", Labels.of(rule.category())));
            months.setLabel(getTranslation("retention.rules.period"));
            months.setMin(RetentionRule.MIN_MONTHS);
            months.setMax(RetentionRule.MAX_MONTHS);
            months.setStepButtonsVisible(true);
            months.setRequiredIndicatorVisible(true);
            months.setValue(rule.periodMonths());
            months.setHelperText(getTranslation("retention.rules.recomputeNote"));
            add(new FormLayout(months));
            DialogButtons.saveAndCancel(this, save, "ui.action.save", cancel, () -> {
                Integer value = months.getValue();
                if (value == null || value < RetentionRule.MIN_MONTHS || value > RetentionRule.MAX_MONTHS) {
                    months.setErrorMessage(getTranslation("retention.rule.error.months", RetentionRule.MIN_MONTHS, RetentionRule.MAX_MONTHS));
                    months.setInvalid(true);
                    return;
                }
                boolean done = UserActions.attempt(() -> rules.change(rule.category(), value, rule.version()),
                        () -> { close(); refresh(); }, "retention.rules.saved", Labels.of(rule.category()));
                if (done) {
                    close();
                    refresh();
                }
            });
        }
    }
}
