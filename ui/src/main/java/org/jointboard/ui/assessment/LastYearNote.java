package org.jointboard.ui.assessment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jointboard.ui.assessment.AssessmentRecords.Answer;
import org.jointboard.ui.assessment.AssessmentRecords.FrameworkInfo;

/**
 * Under an answer carried forward from last cycle: "From last year — confirm or change" with a Confirm button until the
 * organisation confirms or changes it; then whether it is the same as last year or what it was. Words, not colour.
 */
class LastYearNote extends Div {

    private final Span text = new Span();
    private final Button confirm;
    private final String lastYear;

    LastYearNote(String questionCode, Answer answer, FrameworkInfo framework, Runnable confirmIt) {
        this.lastYear = CheckAnswersDialog.inWords(framework, answer.lastYear().value());
        addClassName("last-year");
        text.getElement().setAttribute("aria-live", "polite");
        confirm = new Button("Confirm", event -> confirmIt.run());
        confirm.addThemeVariants(ButtonVariant.LUMO_SMALL);
        confirm.setAriaLabel("Confirm " + questionCode + " as last year");
        add(text, confirm);
        show(answer.toConfirm(), answer.changedSinceLastYear(), confirmIt != null);
        getStyle().set("border-left", "4px solid var(--lumo-contrast-50pct)").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline").set("flex-wrap", "wrap");
    }

    /** After a save: confirmed or changed, or (cleared) still to confirm. */
    void show(boolean toConfirm, boolean changed, boolean editable) {
        text.setText(toConfirm ? "From last year (" + lastYear + ") — confirm or change." + (editable ? "" : " Not confirmed.")
                : changed ? "Changed from last year (was: " + lastYear + ")." : "Confirmed: same as last year.");
        confirm.setVisible(toConfirm && editable);
    }
}
