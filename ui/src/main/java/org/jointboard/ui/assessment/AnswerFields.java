package org.jointboard.ui.assessment;

import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jointboard.ui.assessment.AssessmentRecords.AnswerValue;
import org.jointboard.ui.assessment.AssessmentRecords.Question;
import org.jointboard.ui.assessment.AssessmentRecords.RatingLevel;

/** One input per answer type. Each reports its value in the shape the backend's AnswerInput takes. */
final class AnswerFields {

    private AnswerFields() {
    }

    /** A question's input, its validation handle and a way to read its value as input fields. */
    record AnswerField(Component component, HasValidation validation, java.util.function.Supplier<Map<String, Object>> value,
            java.util.function.BooleanSupplier answered) {
    }

    static AnswerField create(Question question, AnswerValue current, AssessmentRecords.FrameworkInfo framework, boolean readOnly,
            Consumer<AnswerField> onChange) {
        String label = question.code() + "  " + question.text();
        AnswerField field = switch (question.answerType()) {
            case "RATING" -> {
                var group = new RadioButtonGroup<String>(label);
                group.setItems(framework.ratingScale().stream().map(RatingLevel::value).toList());
                group.setItemLabelGenerator(framework::label);
                group.setValue(current == null ? null : current.rating());
                yield of(group, group, () -> single("rating", group.getValue()), () -> group.getValue() != null);
            }
            case "YES_NO" -> {
                var group = new RadioButtonGroup<Boolean>(label);
                group.setItems(true, false);
                group.setItemLabelGenerator(yes -> yes ? "Yes" : "No");
                group.setValue(current == null ? null : current.yesNo());
                yield of(group, group, () -> single("yesNo", group.getValue()), () -> group.getValue() != null);
            }
            case "CHOICE" -> {
                var group = new RadioButtonGroup<String>(label);
                group.setItems(question.choices());
                group.setValue(current == null ? null : current.choice());
                yield of(group, group, () -> single("choice", group.getValue()), () -> group.getValue() != null);
            }
            case "NUMBER" -> {
                var number = new NumberField(label);
                number.setMin(question.minimum() == null ? Double.NEGATIVE_INFINITY : question.minimum());
                number.setMax(question.maximum() == null ? Double.POSITIVE_INFINITY : question.maximum());
                number.setValue(current == null ? null : current.number());
                yield of(number, number, () -> single("number", number.getValue()), () -> number.getValue() != null);
            }
            case "TEXT" -> {
                var text = new TextArea(label);
                text.setMaxLength(5000);
                text.setWidthFull();
                text.setValue(current == null || current.text() == null ? "" : current.text());
                yield of(text, text, () -> single("text", text.getValue()), () -> !text.getValue().isBlank());
            }
            default -> {
                var text = new TextField(label);
                text.setMaxLength(1000);
                text.setWidthFull();
                text.setValue(current == null || current.text() == null ? "" : current.text());
                yield of(text, text, () -> single("text", text.getValue()), () -> !text.getValue().isBlank());
            }
        };
        if (field.component() instanceof RadioButtonGroup<?> group) {
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setRequiredIndicatorVisible(question.required());
            group.setReadOnly(readOnly);
            group.setHelperText(question.guidance());
        }
        if (field.component() instanceof AbstractField<?, ?> input) {
            input.setRequiredIndicatorVisible(question.required());
            input.setReadOnly(readOnly);
        }
        if (field.component() instanceof com.vaadin.flow.component.HasHelper helper && question.guidance() != null) {
            helper.setHelperText(question.guidance());
        }
        ((com.vaadin.flow.component.HasValue<?, ?>) field.component()).addValueChangeListener(event -> {
            if (event.isFromClient() && !Objects.equals(event.getOldValue(), event.getValue())) {
                onChange.accept(field);
            }
        });
        return field;
    }

    private static AnswerField of(Component component, HasValidation validation, java.util.function.Supplier<Map<String, Object>> value,
            java.util.function.BooleanSupplier answered) {
        return new AnswerField(component, validation, value, answered);
    }

    private static Map<String, Object> single(String key, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return Map.of();
        }
        return Map.of(key, value);
    }
}
