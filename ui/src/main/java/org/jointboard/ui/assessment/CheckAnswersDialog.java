package org.jointboard.ui.assessment;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jointboard.ui.assessment.AssessmentRecords.Answer;
import org.jointboard.ui.assessment.AssessmentRecords.AnswerValue;
import org.jointboard.ui.assessment.AssessmentRecords.Question;
import org.jointboard.ui.assessment.AssessmentRecords.ReturnDetail;
import org.jointboard.ui.assessment.AssessmentRecords.Section;

/**
 * "Check your answers" before submitting (the GOV.UK pattern): every section with its answers in words and a Change
 * button back to it, what is still missing, and then Submit. Built from the return as stored, read again on opening.
 */
class CheckAnswersDialog extends Dialog {

    CheckAnswersDialog(ReturnDetail stored, Set<String> answered, PartnershipNames names, Consumer<Section> change, BooleanSupplier submit) {
        setHeaderTitle("Check your answers before submitting");
        setWidth("min(56rem, 95vw)");
        List<Question> missing = stored.sections().stream().flatMap(s -> s.standards().stream()).flatMap(s -> s.questions().stream())
                .filter(q -> q.required() && !answered.contains(q.code())).toList();
        List<String> unsigned = stored.framework().signOffs().stream()
                .filter(role -> stored.signOffs().stream().noneMatch(s -> s.role().equals(role))).toList();
        var body = new VerticalLayout();
        body.setPadding(false);
        if (!unsigned.isEmpty()) {
            body.add(new Paragraph("Sign-off is needed first from: " + String.join(", ", unsigned) + " (see Sign-off, below the questions)."));
        }
        if (missing.isEmpty()) {
            body.add(new Paragraph("Every required question is answered. Submitting sends this return to "
                    + names.and(stored.partnershipCodes()) + ". You cannot change it afterwards unless it is returned to you."));
        } else {
            body.add(new Paragraph(missing.size() + " required question" + (missing.size() == 1 ? " is" : "s are") + " not answered yet:"));
            var list = new UnorderedList();
            missing.forEach(q -> list.add(new ListItem(q.code() + " " + q.text())));
            body.add(list);
        }
        for (Section section : stored.sections()) {
            var heading = new H3(section.title());
            var changeIt = new Button("Change", event -> {
                close();
                change.accept(section);
            });
            changeIt.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            changeIt.setAriaLabel("Change " + section.title());
            var top = new HorizontalLayout(heading, changeIt);
            top.setAlignItems(FlexComponent.Alignment.BASELINE);
            var answers = new DescriptionList();
            section.standards().forEach(standard -> standard.questions().forEach(q -> answers.add(
                    new DescriptionList.Term(q.code() + " " + q.text()),
                    new DescriptionList.Description(inWords(stored, q)))));
            body.add(top, answers);
        }
        add(body);
        var submitIt = new Button("Submit return", event -> {
            if (submit.getAsBoolean()) {
                close();
            }
        });
        submitIt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submitIt.setEnabled(missing.isEmpty() && unsigned.isEmpty());
        getFooter().add(new Button("Keep editing", event -> close()), submitIt);
    }

    private static String inWords(ReturnDetail stored, Question question) {
        Answer answer = stored.answers().stream().filter(a -> a.questionCode().equals(question.code())).findFirst().orElse(null);
        if (answer == null) {
            return question.required() ? "Not answered (required)" : "Not answered";
        }
        if (answer.toConfirm()) {
            return "Not confirmed" + (question.required() ? " (required)" : "") + ". Last year: " + inWords(stored.framework(), answer.value());
        }
        return inWords(stored.framework(), answer.value());
    }

    /** An answer's value in words: a rating's label, Yes or No, a number, the text or choice. */
    static String inWords(AssessmentRecords.FrameworkInfo framework, AnswerValue value) {
        if (value == null) {
            return "Not answered";
        }
        if (value.rating() != null) {
            return framework.label(value.rating());
        }
        if (value.yesNo() != null) {
            return value.yesNo() ? "Yes" : "No";
        }
        if (value.number() != null) {
            double n = value.number();
            return n == Math.rint(n) ? String.valueOf((long) n) : String.format(Locale.UK, "%.2f", n);
        }
        String text = value.choice() != null ? value.choice() : value.text();
        return text == null || text.isBlank() ? "Not answered" : text;
    }

    static String reference(String returnId) {
        return "JB-" + returnId.substring(Math.max(0, returnId.length() - 8)).toUpperCase(Locale.UK);
    }
}
