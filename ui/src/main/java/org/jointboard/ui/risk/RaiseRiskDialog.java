package org.jointboard.ui.risk;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.jointboard.ui.error.Refusals;
import org.jointboard.ui.form.Drafts;
import org.jointboard.ui.form.ErrorSummary;
import org.jointboard.ui.api.ApiException;

/** A board admin raises a risk: what it is, who owns it and how it scores. The backend's field errors show at the fields. */
class RaiseRiskDialog extends Dialog {

    final TextField title = new TextField("Title");
    final ComboBox<String> category = new ComboBox<>("Category");
    final ComboBox<String> scope = new ComboBox<>("Concerns");
    final ComboBox<RiskClient.Owner> owner = new ComboBox<>("Owner");
    final ComboBox<Integer> inherentLikelihood = score("Inherent likelihood");
    final ComboBox<Integer> inherentImpact = score("Inherent impact");
    final ComboBox<Integer> residualLikelihood = score("Residual likelihood");
    final ComboBox<Integer> residualImpact = score("Residual impact");
    final TextArea reason = new TextArea("Why the residual score is above the inherent score");
    final TextArea cause = new TextArea("Cause");
    final TextArea consequence = new TextArea("Consequence");

    RaiseRiskDialog(RiskClient risks, String partnershipCode, String partnershipName, Consumer<String> raised) {
        this(risks, partnershipCode, partnershipName, null, raised);
    }

    /** With a source: the risk is raised from a gap a board review found on a return, and carries it. */
    RaiseRiskDialog(RiskClient risks, String partnershipCode, String partnershipName, RiskRecords.Gap source, Consumer<String> raised) {
        setHeaderTitle(source == null ? "Raise a risk for " + partnershipName : "Raise a risk from " + source.standardCode() + " for " + partnershipName);
        category.setItems(risks.categories(partnershipCode).stream().map(RiskRecords.Category::name).toList());
        scope.setItems("CHILDREN", "ADULTS", "BOTH");
        scope.setItemLabelGenerator(s -> s.charAt(0) + s.substring(1).toLowerCase());
        scope.setValue("BOTH");
        owner.setItems(risks.people(partnershipCode));
        owner.setItemLabelGenerator(RiskClient.Owner::name);
        reason.setHelperText("Only needed when controls make the risk worse than without them");
        var form = new FormLayout(title, category, scope, owner, inherentLikelihood, inherentImpact, residualLikelihood, residualImpact,
                reason, cause, consequence);
        form.setColspan(title, 2);
        form.setColspan(reason, 2);
        Map<String, HasValidation> fields = Map.ofEntries(Map.entry("risk.title", title), Map.entry("category", category),
                Map.entry("risk.category", category), Map.entry("risk.scope", scope), Map.entry("ownerPersonId", owner),
                Map.entry("risk.inherent.likelihood", inherentLikelihood), Map.entry("risk.inherent.impact", inherentImpact),
                Map.entry("risk.residual.likelihood", residualLikelihood), Map.entry("risk.residual.impact", residualImpact),
                Map.entry("residualAboveInherentReason", reason), Map.entry("source.standardCode", title), Map.entry("partnershipCode", title));
        var binder = new Binder<>(RiskRecords.RiskDraft.class);
        binder.forField(title).asRequired("Enter the risk's title").bind("title");
        binder.forField(category).asRequired("Choose a category").bind("category");
        binder.forField(scope).asRequired("Say whether it concerns children, adults or both").bind("scope");
        binder.forField(owner).bind("owner");
        binder.forField(inherentLikelihood).asRequired("Enter the likelihood (1 to 5)").bind("inherentLikelihood");
        binder.forField(inherentImpact).asRequired("Enter the impact (1 to 5)").bind("inherentImpact");
        binder.forField(residualLikelihood).asRequired("Enter the likelihood (1 to 5)").bind("residualLikelihood");
        binder.forField(residualImpact).asRequired("Enter the impact (1 to 5)").bind("residualImpact");
        binder.forField(reason).bind("residualAboveInherentReason");
        binder.forField(cause).bind("cause");
        binder.forField(consequence).bind("consequence");
        var problems = new ErrorSummary();
        var save = new Button("Raise risk", event -> Drafts.written(binder, problems).ifPresent(draft -> {
            try {
                raised.accept(risks.raise(partnershipCode, draft, source));
                close();
            } catch (ApiException refused) {
                Refusals.show(refused, fields, title);
            }
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(problems, form);
        getFooter().add(new Button("Cancel", event -> close()), save);
        setWidth("min(52rem, 95vw)");
    }

    private static ComboBox<Integer> score(String label) {
        var box = new ComboBox<Integer>(label);
        box.setItems(List.of(1, 2, 3, 4, 5));
        box.setItemLabelGenerator(String::valueOf);
        box.setHelperText("1 = lowest, 5 = highest");
        return box;
    }
}
