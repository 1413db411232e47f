package org.jointboard.ui.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import org.jointboard.ui.form.Drafts;
import org.junit.jupiter.api.Test;

/** A form's draft record is written by the Binder when the fields are valid, and not at all (fields marked) when they are not. */
class RiskDraftsTests {

    @Test
    void aValidReviewBecomesADraftAndAnIncompleteOneMarksItsFields() {
        var date = new DatePicker();
        var likelihood = new ComboBox<Integer>();
        likelihood.setItems(1, 2, 3, 4, 5);
        var impact = new ComboBox<Integer>();
        impact.setItems(1, 2, 3, 4, 5);
        var commentary = new TextArea();
        var decision = new TextArea();
        var binder = new Binder<>(RiskRecords.ReviewDraft.class);
        binder.forField(date).asRequired("Enter the review date").bind("date");
        binder.forField(likelihood).asRequired("Enter the likelihood (1 to 5)").bind("likelihood");
        binder.forField(impact).asRequired("Enter the impact (1 to 5)").bind("impact");
        binder.forField(commentary).bind("commentary");
        binder.forField(decision).bind("decision");

        likelihood.setValue(3);
        assertThat(Drafts.written(binder)).isEmpty();
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("Enter the review date");
        assertThat(likelihood.isInvalid()).isFalse();

        date.setValue(LocalDate.of(2026, 11, 30));
        impact.setValue(4);
        commentary.setValue("Uplift agreed");
        assertThat(Drafts.written(binder)).contains(new RiskRecords.ReviewDraft(LocalDate.of(2026, 11, 30), 3, 4, "Uplift agreed", ""));
    }
}
