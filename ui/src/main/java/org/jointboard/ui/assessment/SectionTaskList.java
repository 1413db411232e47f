package org.jointboard.ui.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jointboard.ui.assessment.AssessmentRecords.Question;
import org.jointboard.ui.assessment.AssessmentRecords.Section;

/**
 * The return's sections as a task list (the GOV.UK pattern): each section with its status in words — not started, in
 * progress or completed — and a button that shows it. One section's questions show at a time, under the list.
 */
class SectionTaskList extends Div {

    private final Map<Section, Span> statuses = new LinkedHashMap<>();
    private final Map<Section, Button> buttons = new LinkedHashMap<>();
    private final Map<Section, VerticalLayout> pages;

    SectionTaskList(Map<Section, VerticalLayout> pages, Set<String> answered) {
        this.pages = pages;
        var list = new OrderedList();
        list.addClassName("task-list");
        list.getElement().setAttribute("aria-label", "Sections of the return");
        pages.keySet().forEach(section -> {
            var show = new Button(section.title(), event -> show(section));
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            var status = new Span();
            status.addClassName("task-status");
            statuses.put(section, status);
            buttons.put(section, show);
            list.add(new ListItem(show, status));
        });
        add(list);
        pages.values().forEach(this::add);
        refresh(answered);
        pages.keySet().stream().findFirst().ifPresent(this::show);
    }

    /** The statuses again, after an answer was saved. */
    void refresh(Set<String> answered) {
        statuses.forEach((section, status) -> status.setText(status(section, answered)));
    }

    /** Shows this section's questions (and no other's). */
    void show(Section section) {
        pages.forEach((s, page) -> page.setVisible(s.equals(section)));
        buttons.forEach((s, button) -> {
            if (s.equals(section)) {
                button.getElement().setAttribute("aria-current", "step");
            } else {
                button.getElement().removeAttribute("aria-current");
            }
        });
    }

    static String status(Section section, Set<String> answered) {
        List<Question> questions = section.standards().stream().flatMap(s -> s.questions().stream()).toList();
        List<Question> counted = questions.stream().anyMatch(Question::required) ? questions.stream().filter(Question::required).toList() : questions;
        long done = counted.stream().filter(q -> answered.contains(q.code())).count();
        return done == 0 ? "Not started" : done == counted.size() ? "Completed" : "In progress (" + done + " of " + counted.size() + ")";
    }
}
