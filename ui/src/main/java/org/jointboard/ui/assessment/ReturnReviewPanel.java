package org.jointboard.ui.assessment;

import org.jointboard.ui.form.Drafts;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jointboard.ui.api.ApiException;
import org.jointboard.ui.error.Refusals;
import org.jointboard.ui.assessment.AssessmentRecords.PartnershipSteps;
import org.jointboard.ui.assessment.AssessmentRecords.RatingLevel;
import org.jointboard.ui.assessment.AssessmentRecords.ReturnDetail;
import org.jointboard.ui.assessment.AssessmentRecords.Review;

/** The board's side of a return, for one of the caller's partnerships at a time: decide, challenge, moderate, release feedback. */
class ReturnReviewPanel extends VerticalLayout {

    private final AssessmentClient assessments;
    private final ReturnDetail detail;
    private final Runnable reload;
    private final PartnershipNames names;
    private final ComboBox<String> partnership = new ComboBox<>("Reviewing for");
    private final VerticalLayout body = new VerticalLayout();

    /** What the review panel opens to act on a gap: the action plans' and the risk register's dialogs. */
    record GapDialogs(org.jointboard.ui.actionplan.ActionDialogs actions, org.jointboard.ui.risk.RiskDialogs risks, boolean mayRaise) { }

    private final GapDialogs gapDialogs;

    ReturnReviewPanel(AssessmentClient assessments, ReturnDetail detail, PartnershipNames names, GapDialogs gapDialogs, Runnable reload) {
        this.assessments = assessments;
        this.gapDialogs = gapDialogs;
        this.detail = detail;
        this.reload = reload;
        setPadding(false);
        body.setPadding(false);
        this.names = names;
        partnership.setItems(detail.permissions().moderatePartnerships());
        partnership.setItemLabelGenerator(names::name);
        partnership.setWidth("22em");
        partnership.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                render();
            }
        });
        add(new H2("Board review"), partnership, body);
        partnership.setValue(detail.permissions().moderatePartnerships().getFirst());
    }

    private void render() {
        body.removeAll();
        String area = partnership.getValue();
        Review review = detail.reviews().stream().filter(r -> r.partnershipCode().equals(area)).findFirst().orElseThrow();
        PartnershipSteps may = detail.permissions().in(area);
        var actions = new HorizontalLayout();
        actions.setWrap(true);
        if (may.canAccept()) {
            var accept = new Button("Accept for " + names.name(area), event -> send(() -> assessments.accept(detail.id(), detail.version(), area), null));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(accept);
        }
        if (may.canReturn()) {
            actions.add(new Button("Return with reasons", event -> reasonDialog("Return for changes", "What needs to change?", "reasons",
                    reason -> assessments.returnForChanges(detail.id(), detail.version(), area, reason))));
        }
        if (may.canReopen()) {
            actions.add(new Button("Re-open", event -> reasonDialog("Re-open this return", "Why is it re-opened?", "reason",
                    reason -> assessments.reopen(detail.id(), detail.version(), area, reason))));
        }
        if (may.canChallenge()) {
            actions.add(new Button("Record a challenge", event -> challengeDialog(area)));
        }
        if (may.canReleaseFeedback()) {
            actions.add(new Button("Release feedback to " + detail.organisationName(),
                    event -> send(() -> assessments.releaseFeedback(detail.id(), detail.version(), area), null)));
        }
        body.add(actions);
        if (review.accepted()) {
            body.add(new com.vaadin.flow.component.html.Paragraph("Accepted for " + names.name(area) + "."));
        }
        body.add(gaps(area, review, gapDialogs.mayRaise()));
        if (may.canModerate()) {
            body.add(moderation(area, review));
        }
    }

    /**
     * The standards this partnership's review finds wanting (rated not met or partially met, moderated where moderated,
     * or self-rated above moderation), each with "Raise an action" and "Raise a risk" for the business unit. The backend
     * decides again when it is asked; this only chooses what to offer.
     */
    private VerticalLayout gaps(String area, Review review, boolean decides) {
        var section = new VerticalLayout(new H3("Gaps found for " + names.name(area)));
        section.setPadding(false);
        var scale = detail.framework().ratingScale();
        var rows = new ArrayList<HorizontalLayout>();
        detail.sections().forEach(s -> s.standards().forEach(standard -> {
            String self = selfRatingValue(standard.questions());
            String moderated = review.moderated().stream().filter(m -> m.standardCode().equals(standard.code())).findFirst()
                    .map(AssessmentRecords.Moderated::rating).orElse(null);
            String effective = moderated != null ? moderated : self;
            var level = scale.stream().filter(l -> l.value().equals(effective)).findFirst();
            boolean notMet = level.map(l -> l.rank() > 0 && !l.met()).orElse(false);
            boolean above = moderated != null && self != null && rank(scale, self) > rank(scale, moderated);
            if (!notMet && !above) {
                return;
            }
            String why = notMet ? "Rated " + detail.framework().label(effective) + (moderated != null ? " (moderated)" : "")
                    : "Self-rated " + detail.framework().label(self) + ", moderated " + detail.framework().label(moderated);
            var line = new HorizontalLayout(new com.vaadin.flow.component.html.Span(standard.code() + " " + standard.title() + ": " + why));
            line.setAlignItems(Alignment.BASELINE);
            line.setWrap(true);
            if (decides) {
                line.add(new Button("Raise an action", event -> gapDialogs.actions().raiseFromGap(detail.id(), area, standard.code(), standard.title(),
                        detail.organisationName() + ", " + standard.code() + " " + standard.title() + ": " + why,
                        id -> getUI().ifPresent(ui -> ui.navigate(org.jointboard.ui.actionplan.ActionDialogs.route(id))))));
                line.add(new Button("Raise a risk", event -> gapDialogs.risks().raiseFromGap(area, names.name(area), detail.id(), standard.code(),
                        detail.organisationName() + ": " + standard.title().toLowerCase() + " " + why.toLowerCase(),
                        id -> getUI().ifPresent(ui -> ui.navigate(org.jointboard.ui.risk.RiskDialogs.route(id))))));
            }
            rows.add(line);
        }));
        if (rows.isEmpty()) {
            section.add(new com.vaadin.flow.component.html.Paragraph("No standard is rated not met or partially met, or self-rated above moderation."));
        }
        rows.forEach(section::add);
        return section;
    }

    private static int rank(List<RatingLevel> scale, String value) {
        return scale.stream().filter(l -> l.value().equals(value)).findFirst().map(RatingLevel::rank).orElse(0);
    }

    private String selfRatingValue(List<AssessmentRecords.Question> questions) {
        return questions.stream().filter(q -> q.answerType().equals("RATING")).findFirst()
                .flatMap(q -> detail.answers().stream().filter(a -> a.questionCode().equals(q.code())).findFirst())
                .map(a -> a.value().rating()).orElse(null);
    }

    private VerticalLayout moderation(String area, Review review) {
        var section = new VerticalLayout(new H3("Moderated ratings for " + names.name(area)));
        section.setPadding(false);
        List<RatingLevel> scale = detail.framework().ratingScale();
        var form = new FormLayout();
        var chosen = new ArrayList<Map.Entry<String, ComboBox<String>>>();
        var rationales = new HashMap<String, TextField>();
        detail.sections().forEach(s -> s.standards().forEach(standard -> {
            var select = new ComboBox<String>(standard.code() + " " + standard.title() + " (self-rating: " + selfRating(standard.questions()) + ")");
            select.setItems(scale.stream().map(RatingLevel::value).toList());
            select.setItemLabelGenerator(detail.framework()::label);
            select.setClearButtonVisible(true);
            select.setPlaceholder("Not moderated");
            review.moderated().stream().filter(m -> m.standardCode().equals(standard.code())).findFirst().ifPresent(m -> select.setValue(m.rating()));
            var rationale = new TextField("Why (" + standard.code() + ")");
            review.moderated().stream().filter(m -> m.standardCode().equals(standard.code())).findFirst()
                    .ifPresent(m -> rationale.setValue(m.rationale() == null ? "" : m.rationale()));
            chosen.add(Map.entry(standard.code(), select));
            rationales.put(standard.code(), rationale);
            form.add(select, rationale);
        }));
        var save = new Button("Save moderated ratings", event -> {
            var ratings = chosen.stream().filter(e -> e.getValue().getValue() != null)
                    .<Map<String, Object>>map(e -> Map.of("standardCode", e.getKey(), "rating", e.getValue().getValue(),
                            "rationale", rationales.get(e.getKey()).getValue()))
                    .toList();
            if (ratings.isEmpty()) {
                Notification.show("Choose at least one moderated rating", 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            send(() -> assessments.moderate(detail.id(), detail.version(), area, ratings), null);
        });
        section.add(form, save);
        return section;
    }

    private String selfRating(List<AssessmentRecords.Question> questions) {
        String rating = selfRatingValue(questions);
        return rating == null ? "not rated" : detail.framework().label(rating);
    }

    private void reasonDialog(String title, String label, String key, java.util.function.Consumer<String> decision) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(title);
        var reason = new TextArea(label);
        reason.setWidth("32em");
        dialog.add(reason);
        var binder = new Binder<>(ReasonDraft.class);
        binder.forField(reason).asRequired(key.equals("reasons") ? "Say what needs to change" : "Say why it is re-opened").bind("reason");
        var ok = new Button(title, event -> Drafts.written(binder).ifPresent(draft -> {
            if (send(() -> decision.accept(draft.reason().strip()), Map.of(key, reason))) {
                dialog.close();
            }
        }));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), ok);
        dialog.open();
    }

    private void challengeDialog(String area) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Record a challenge");
        var date = new DatePicker("Date", LocalDate.now());
        var panel = new TextField("Panel or meeting");
        var questions = new TextArea("Questions raised");
        var response = new TextArea("The organisation's response");
        var form = new FormLayout(date, panel, questions, response);
        dialog.add(form);
        var binder = new Binder<>(AssessmentRecords.Challenge.class);
        binder.forField(date).asRequired("Enter the date of the challenge").bind("date");
        binder.forField(panel).asRequired("Say which panel or meeting").bind("panel");
        binder.forField(questions).asRequired("Write the questions raised").bind("questionsRaised");
        binder.forField(response).bind("agencyResponse");
        var ok = new Button("Record challenge", event -> Drafts.written(binder).ifPresent(challenge -> {
            if (send(() -> assessments.recordChallenge(detail.id(), detail.version(), area, challenge),
                    Map.of("date", date, "panel", panel, "questionsRaised", questions, "agencyResponse", response))) {
                dialog.close();
            }
        }));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), ok);
        dialog.open();
    }

    /** What a reason dialog edits (returning for changes, re-opening). */
    public record ReasonDraft(String reason) {
    }

    /** Sends a decision; a refusal shows at its field (or as a message). Returns whether it was taken. */
    private boolean send(Runnable decision, Map<String, ? extends HasValidation> fields) {
        try {
            decision.run();
        } catch (ApiException refused) {
            Refusals.show(refused, fields);
            return false;
        }
        reload.run();
        Notification.show("Saved", 3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return true;
    }
}
