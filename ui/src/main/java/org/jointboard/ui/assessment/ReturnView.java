package org.jointboard.ui.assessment;

import org.jointboard.ui.form.Drafts;
import com.vaadin.flow.data.binder.Binder;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jointboard.ui.api.ApiException;
import org.jointboard.ui.error.Refusals;
import org.jointboard.ui.assessment.AnswerFields.AnswerField;
import org.jointboard.ui.assessment.AssessmentRecords.Answer;
import org.jointboard.ui.assessment.AssessmentRecords.Event;
import org.jointboard.ui.assessment.AssessmentRecords.Question;
import org.jointboard.ui.assessment.AssessmentRecords.ReturnDetail;
import org.jointboard.ui.assessment.AssessmentRecords.Review;
import org.jointboard.ui.assessment.AssessmentRecords.SavedAnswers;
import org.jointboard.ui.assessment.AssessmentRecords.Section;
import org.jointboard.ui.layout.MainLayout;
import org.jointboard.ui.layout.MyPartnerships;
import org.jointboard.ui.security.Roles;

/**
 * One return. Its organisation's lead answers it section by section (each answer saves as soon as it is given) and
 * submits it; the board's staff read it and, beside it, accept, return, challenge and moderate it for their area.
 */
@Route(value = "returns/:returnId", layout = MainLayout.class)
@PageTitle("Return | JointBoard")
@RolesAllowed({ Roles.AGENCY_LEAD, Roles.AGENCY_CONTRIBUTOR, Roles.SCHOOL_LEAD, Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER })
public class ReturnView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final AssessmentClient assessments;
    private final org.jointboard.ui.actionplan.ActionDialogs actionDialogs;
    private final org.jointboard.ui.audit.HistoryPanel historyPanel;
    private final boolean readsHistory;
    /** The board's staff see how the organisation's ratings moved over the years (the Trends page). */
    private final boolean readsTrends;
    private final ReturnReviewPanel.GapDialogs gapDialogs;
    private final MyPartnerships partnerships;
    private ReturnDetail detail;
    private PartnershipNames names;
    private final Map<String, Integer> revisions = new HashMap<>();
    private final Set<String> answered = new HashSet<>();
    /** Evidence questions with a file attached: answered by the file, whatever their text says. */
    private final Set<String> withEvidence = new HashSet<>();
    /** Questions whose answer is written (given in its field). */
    private final Set<String> written = new HashSet<>();
    /** Answers carried forward from last cycle, not yet confirmed or changed: shown, but not counted. */
    private final Set<String> toConfirm = new HashSet<>();
    private final Map<String, LastYearNote> lastYearNotes = new HashMap<>();
    private final EvidenceClient evidence;
    private SectionTaskList sections;
    private boolean justSubmitted;
    private int version;
    private final Span saveStatus = new Span();
    private final Paragraph summary = new Paragraph();
    private final Span progressText = new Span();
    private final ProgressBar progress = new ProgressBar();

    ReturnView(AssessmentClient assessments, MyPartnerships partnerships, org.jointboard.ui.actionplan.ActionDialogs actionDialogs,
            org.jointboard.ui.risk.RiskDialogs riskDialogs, com.vaadin.flow.spring.security.AuthenticationContext authentication,
            org.jointboard.ui.audit.HistoryPanel historyPanel, EvidenceClient evidence) {
        this.assessments = assessments;
        this.evidence = evidence;
        this.historyPanel = historyPanel; // the organisation's lead reads its own return's history too
        this.readsHistory = authentication.hasAnyRole(org.jointboard.ui.security.Roles.BOARD_ADMIN, org.jointboard.ui.security.Roles.BOARD_CHAIR, org.jointboard.ui.security.Roles.AGENCY_LEAD, org.jointboard.ui.security.Roles.SCHOOL_LEAD);
        this.readsTrends = authentication.hasAnyRole(org.jointboard.ui.security.Roles.BOARD_ADMIN, org.jointboard.ui.security.Roles.BOARD_CHAIR,
                org.jointboard.ui.security.Roles.EXECUTIVE_MEMBER);
        this.actionDialogs = actionDialogs;
        this.gapDialogs = new ReturnReviewPanel.GapDialogs(actionDialogs, riskDialogs,
                authentication.hasRole(org.jointboard.ui.security.Roles.BOARD_ADMIN)); // the business unit raises actions and risks
        this.partnerships = partnerships;
        saveStatus.getElement().setAttribute("role", "status");
        saveStatus.getElement().setAttribute("aria-live", "polite");
        progress.setWidth("20em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load(event.getRouteParameters().get("returnId").orElseThrow());
    }

    private void load(String id) {
        detail = assessments.auditReturn(id);
        names = PartnershipNames.of(partnerships);
        removeAll();
        if (detail == null) {
            add(new H1("Return not found"), new Paragraph("This return does not exist, or it is not one you may see."));
            return;
        }
        version = detail.version();
        revisions.clear();
        answered.clear();
        withEvidence.clear();
        written.clear();
        toConfirm.clear();
        lastYearNotes.clear();
        detail.evidence().forEach(file -> withEvidence.add(file.questionCode()));
        answered.addAll(withEvidence);
        detail.answers().forEach(a -> {
            revisions.put(a.questionCode(), a.revision());
            if (a.toConfirm()) {
                toConfirm.add(a.questionCode());
            } else if (hasValue(a)) {
                written.add(a.questionCode());
                answered.add(a.questionCode());
            }
        });
        render();
    }

    private void render() {
        add(new H1(detail.organisationName() + ": " + detail.cycleTitle()));
        if (justSubmitted) {
            justSubmitted = false;
            confirmation();
        }
        describe(detail.state());
        add(summary);
        if (readsTrends && detail.organisation() != null) {
            add(org.jointboard.ui.layout.Links.to("Ratings over the years: " + detail.organisationName(), "assurance/trends?partnership="
                    + detail.partnershipCodes().getFirst() + "&framework=" + detail.framework().code() + "&organisation=" + detail.organisation().code()));
        }
        returnedBanner();
        if (detail.permissions().canEdit() && !toConfirm.isEmpty()) {
            add(lastYearBanner());
        }
        showProgress(detail.requiredAnswered(), detail.requiredCount());
        var status = new HorizontalLayout(progressText, progress, saveStatus);
        status.setAlignItems(Alignment.CENTER);
        status.setWrap(true);
        add(status);
        if (!detail.permissions().canEdit() && detail.permissions().answersAny()) {
            add(assignedBanner());
        }
        if (detail.permissions().answersAny()) {
            saveStatus.setText(detail.lastSavedAt() == null ? "Answers save as you go." : "All changes saved.");
        }
        if (detail.permissions().canSubmit()) {
            var submit = new Button("Check and submit", event -> confirmSubmit());
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(submit);
        }
        if (!detail.permissions().moderatePartnerships().isEmpty()) {
            add(new ReturnReviewPanel(assessments, detail, names, gapDialogs, () -> load(detail.id()))); // the board's work first, then what it reviews
        }
        add(form());
        if (!detail.framework().signOffs().isEmpty()) {
            add(signOffs());
        }
        add(new ImprovementActions(detail, actionDialogs, () -> load(detail.id())));
        feedback();
        history();
        if (readsHistory) {
            add(historyPanel.of("AuditReturn", detail.id()));
        }
    }

    private void describe(String state) {
        summary.setText("For " + names.and(detail.partnershipCodes()) + ". " + AssessmentRecords.stateLabel(state)
                + ". Due " + AssessmentNavigation.date(detail.dueOn()) + (detail.overdue() ? " (overdue)" : "") + ".");
    }

    private void returnedBanner() {
        if (!detail.state().equals("RETURNED")) {
            return;
        }
        detail.events().stream().filter(e -> e.to().equals("RETURNED")).reduce((first, second) -> second).ifPresent(e -> {
            var banner = new Div(new H2("Changes needed"), new Paragraph(e.byName() + " returned this for " + names.name(e.partnershipCode())
                    + " on " + when(e.at()) + ": " + e.reason()));
            banner.getElement().setAttribute("role", "alert");
            banner.getStyle().set("border-left", "6px solid var(--lumo-error-color)").set("padding", "0 var(--lumo-space-m)")
                    .set("background", "var(--lumo-error-color-10pct)");
            add(banner);
        });
    }

    private SectionTaskList form() {
        var pages = new LinkedHashMap<Section, VerticalLayout>();
        for (Section section : detail.sections()) {
            boolean readOnly = !detail.permissions().answers(section.code());
            var page = new VerticalLayout(new H2(section.title()));
            page.add(assignment(section));
            page.setPadding(false);
            if (section.guidance() != null) {
                page.add(new Paragraph(section.guidance()));
            }
            if (!readOnly) {
                confirmAllButton(section).ifPresent(page::add);
            }
            section.standards().forEach(standard -> {
                page.add(new H3(standard.code() + " " + standard.title()));
                if (standard.guidance() != null) {
                    page.add(new Paragraph(standard.guidance()));
                }
                standard.questions().forEach(question -> {
                    AnswerField field = AnswerFields.create(question, current(question), detail.framework(), readOnly, changed -> save(question, changed));
                    page.add(field.component());
                    answerTo(question).filter(a -> !a.toConfirm() && a.answeredBy() != null && hasValue(a))
                            .ifPresent(a -> page.add(answeredBy(a)));
                    answerTo(question).filter(a -> a.lastYear() != null).ifPresent(a -> {
                        var note = new LastYearNote(question.code(), a, detail.framework(), readOnly ? null : () -> save(question, field));
                        lastYearNotes.put(question.code(), note);
                        page.add(note);
                    });
                    if ("EVIDENCE".equals(question.answerType())) {
                        page.add(new EvidencePanel(evidence, detail.id(), question, detail.evidence().stream()
                                .filter(file -> file.questionCode().equals(question.code())).toList(), !readOnly, () -> version,
                                (saved, hasFiles) -> evidenceSaved(question, saved, hasFiles)));
                    }
                });
            });
            pages.put(section, page);
        }
        sections = new SectionTaskList(pages, answered);
        return sections;
    }

    /** The sign-offs the framework asks for: who (name) and when, recorded by the lead before submitting. */
    private VerticalLayout signOffs() {
        var section = new VerticalLayout(new H2("Sign-off"));
        section.setPadding(false);
        for (String role : detail.framework().signOffs()) {
            var recorded = detail.signOffs().stream().filter(s -> s.role().equals(role)).findFirst();
            section.add(new Paragraph(recorded.map(s -> role + ": signed off by " + s.name() + " on " + AssessmentNavigation.date(s.date()) + ".")
                    .orElse(role + ": not signed off yet.")));
            if (!detail.permissions().canSignOff()) {
                continue;
            }
            var name = new com.vaadin.flow.component.textfield.TextField("Name (" + role + ")");
            recorded.ifPresent(s -> name.setValue(s.name()));
            var date = new com.vaadin.flow.component.datepicker.DatePicker("Date signed (" + role + ")", recorded.map(AssessmentRecords.SignOff::date)
                    .orElse(java.time.LocalDate.now()));
            date.setMax(java.time.LocalDate.now());
            var binder = new Binder<>(AssessmentRecords.SignOff.class);
            var roleField = new com.vaadin.flow.component.textfield.TextField();
            roleField.setValue(role);
            binder.forField(roleField).bind("role");
            binder.forField(name).asRequired("Enter the name of the person signing off").bind("name");
            binder.forField(date).asRequired("Enter the date it was signed off")
                    .withValidator(day -> !day.isAfter(java.time.LocalDate.now()), "A sign-off cannot be dated in the future").bind("date");
            var record = new Button("Record sign-off: " + role, event -> Drafts.written(binder).ifPresent(signOff -> {
                try {
                    assessments.signOff(detail.id(), version, signOff.role(), signOff.name().strip(), signOff.date());
                } catch (ApiException refused) {
                    Refusals.show(refused, Map.of("name", name, "date", date));
                    return;
                }
                load(detail.id());
            }));
            var row = new HorizontalLayout(name, date, record);
            row.setAlignItems(Alignment.BASELINE);
            row.setWrap(true);
            section.add(row);
        }
        return section;
    }

    private AssessmentRecords.AnswerValue current(Question question) {
        return answerTo(question).map(Answer::value).orElse(null);
    }

    private java.util.Optional<Answer> answerTo(Question question) {
        return detail.answers().stream().filter(a -> a.questionCode().equals(question.code())).findFirst();
    }

    /** Who gave the answer now saved (the lead sees who of their colleagues answered what). */
    private static Span answeredBy(Answer answer) {
        var by = new Span("Answered by " + answer.answeredBy());
        by.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return by;
    }

    /** Who answers a section: the lead chooses a colleague (saved on choosing); everyone else reads who it is. */
    private com.vaadin.flow.component.Component assignment(Section section) {
        var assigned = detail.assignments().stream().filter(a -> a.sectionCode().equals(section.code())).findFirst();
        if (!detail.permissions().canAssign()) {
            return assigned.<com.vaadin.flow.component.Component>map(a -> new Paragraph("Assigned to " + a.name() + ".")).orElseGet(Div::new);
        }
        var who = new com.vaadin.flow.component.combobox.ComboBox<AssessmentRecords.Colleague>("Colleague who answers this section");
        who.setItems(detail.assignableColleagues());
        who.setItemLabelGenerator(c -> c.name() + (c.jobTitle() == null ? "" : ", " + c.jobTitle()));
        who.setClearButtonVisible(true);
        who.setHelperText(detail.assignableColleagues().isEmpty()
                ? "None of your colleagues signs in to JointBoard yet: the business unit adds them to the people register with their username."
                : "They answer its questions and attach its evidence; you check and submit. Clear it to take the section back.");
        who.setEnabled(!detail.assignableColleagues().isEmpty());
        who.setWidth("24em");
        assigned.flatMap(a -> detail.assignableColleagues().stream().filter(c -> c.username().equals(a.username())).findFirst()).ifPresent(who::setValue);
        who.addValueChangeListener(event -> {
            if (!event.isFromClient()) {
                return;
            }
            try {
                assessments.assignSection(detail.id(), version, section.code(), event.getValue() == null ? null : event.getValue().username());
            } catch (ApiException refused) {
                Refusals.showAt(refused, who);
                return;
            }
            load(detail.id());
            sections.show(section);
            saveStatus.setText(event.getValue() == null ? section.title() + " is yours again."
                    : section.title() + " is assigned to " + event.getValue().name() + ".");
        });
        return who;
    }

    /** A banner of information for the person answering: a bar and a tint of the primary colour (its heading says what it is). */
    private static Div information(Div banner) {
        banner.getStyle().set("border-left", "6px solid var(--lumo-primary-color)").set("padding", "0 var(--lumo-space-m) var(--lumo-space-s)")
                .set("background", "var(--lumo-primary-color-10pct)");
        return banner;
    }

    /** A contributor's: which sections are theirs, and who submits. */
    private Div assignedBanner() {
        String titles = detail.sections().stream().filter(s -> detail.permissions().assignedSections().contains(s.code())).map(Section::title)
                .collect(java.util.stream.Collectors.joining(", "));
        var banner = new Div(new H2("Your sections"), new Paragraph("Your lead gave you: " + titles + ". Answer their questions and attach"
                + " their evidence; answers save as you go. Your lead checks the whole return and submits it."));
        return information(banner);
    }

    /** Says last year's answers are filled in, what counts, and offers to start blank instead. */
    private Div lastYearBanner() {
        String from = detail.answers().stream().filter(Answer::toConfirm).map(a -> a.lastYear().cycleTitle()).findFirst().orElse("last year");
        var startBlank = new Button("Start blank instead", event -> confirmStartBlank());
        var banner = new Div(new H2("Last year's answers are filled in"),
                new Paragraph(toConfirm.size() + " answer" + (toConfirm.size() == 1 ? "" : "s") + " come from your return for " + from
                        + ". Check each one: confirm it if it is still true, or change it. Only confirmed or changed answers count, and any left"
                        + " unconfirmed are left out when you submit."), startBlank);
        banner.addClassName("last-year-banner");
        return information(banner);
    }

    private void confirmStartBlank() {
        var dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle("Start blank?");
        dialog.add(new Paragraph("This removes the " + toConfirm.size() + " answers from last year that you have not confirmed or changed."
                + " Answers you have confirmed or changed stay."));
        var remove = new Button("Remove last year's answers", event -> {
            try {
                assessments.startBlank(detail.id(), version);
            } catch (ApiException refused) {
                Refusals.show(refused);
                return;
            }
            dialog.close();
            load(detail.id());
            saveStatus.setText("Last year's unconfirmed answers are removed.");
        });
        remove.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Keep them", event -> dialog.close()), remove);
        dialog.open();
    }

    /** "Confirm the N answers from last year in this section": one save of them all, as they are. */
    private java.util.Optional<Button> confirmAllButton(Section section) {
        List<Answer> carried = section.standards().stream().flatMap(s -> s.questions().stream()).map(this::answerTo)
                .flatMap(java.util.Optional::stream).filter(Answer::toConfirm).toList();
        if (carried.isEmpty()) {
            return java.util.Optional.empty();
        }
        var button = new Button("Confirm the " + carried.size() + " answer" + (carried.size() == 1 ? "" : "s") + " from last year in this section",
                event -> {
                    var inputs = carried.stream().filter(a -> toConfirm.contains(a.questionCode())).<Map<String, Object>>map(a -> {
                        var input = new HashMap<String, Object>(valueInput(a.value()));
                        input.put("questionCode", a.questionCode());
                        input.put("expectedRevision", revisions.getOrDefault(a.questionCode(), 0));
                        return input;
                    }).toList();
                    try {
                        assessments.saveAnswers(detail.id(), inputs);
                    } catch (ApiException refused) {
                        saveStatus.setText("Not saved. " + refused.userMessage());
                        Refusals.show(refused);
                        return;
                    }
                    load(detail.id());
                    sections.show(section);
                    saveStatus.setText("Confirmed " + inputs.size() + " answer" + (inputs.size() == 1 ? "" : "s") + " from last year.");
                });
        return java.util.Optional.of(button);
    }

    private static Map<String, Object> valueInput(AssessmentRecords.AnswerValue value) {
        var input = new HashMap<String, Object>();
        if (value.rating() != null) {
            input.put("rating", value.rating());
        }
        if (value.yesNo() != null) {
            input.put("yesNo", value.yesNo());
        }
        if (value.number() != null) {
            input.put("number", value.number());
        }
        if (value.text() != null) {
            input.put("text", value.text());
        }
        if (value.choice() != null) {
            input.put("choice", value.choice());
        }
        return input;
    }

    /** Autosave of one answer; a refusal stays at the field, with the words the user typed left in place. */
    private void save(Question question, AnswerField field) {
        var input = new HashMap<String, Object>(field.value().get());
        input.put("questionCode", question.code());
        input.put("expectedRevision", revisions.getOrDefault(question.code(), 0));
        try {
            SavedAnswers saved = assessments.saveAnswer(detail.id(), input);
            saved.answers().forEach(a -> {
                revisions.put(a.questionCode(), a.revision());
                if (!a.toConfirm()) {
                    toConfirm.remove(a.questionCode());
                }
                java.util.Optional.ofNullable(lastYearNotes.get(a.questionCode())).ifPresent(note -> note.show(a.toConfirm(), a.changedSinceLastYear(), true));
            });
            if (field.answered().getAsBoolean()) {
                written.add(question.code());
            } else {
                written.remove(question.code());
            }
            recount(question.code());
            version = saved.version();
            describe(saved.state());
            field.validation().setInvalid(false);
            showProgress(saved.requiredAnswered(), saved.requiredCount());
            saveStatus.setText("All changes saved at " + TIME.format(Instant.parse(saved.lastSavedAt()).atZone(LONDON)) + ".");
        } catch (ApiException refused) {
            saveStatus.setText("Not saved: " + question.code() + ". " + refused.userMessage());
            Refusals.showAt(refused, field.validation());
        }
    }

    /** A file attached or removed: the return's new version and progress, and whether the question is now answered. */
    private void evidenceSaved(Question question, AssessmentRecords.EvidenceSaved saved, boolean hasFiles) {
        version = saved.version();
        if (hasFiles) {
            withEvidence.add(question.code());
        } else {
            withEvidence.remove(question.code());
        }
        recount(question.code());
        showProgress(saved.requiredAnswered(), saved.requiredCount());
        saveStatus.setText("All changes saved.");
    }

    /** A question counts as answered when its answer is written or, for evidence, a file is attached. */
    private void recount(String questionCode) {
        if (written.contains(questionCode) || withEvidence.contains(questionCode)) {
            answered.add(questionCode);
        } else {
            answered.remove(questionCode);
        }
        sections.refresh(answered);
    }

    private void showProgress(int done, int required) {
        progress.setMax(Math.max(1, required));
        progress.setValue(done);
        String text = AssessmentNavigation.progress(done, required);
        progressText.setText(text);
        progress.getElement().setAttribute("aria-label", text);
    }

    private void confirmSubmit() {
        ReturnDetail stored = assessments.auditReturn(detail.id());
        new CheckAnswersDialog(stored, answered, names, sections::show, () -> {
            try {
                assessments.submit(detail.id(), version);
            } catch (ApiException refused) {
                Refusals.show(refused);
                return false;
            }
            justSubmitted = true;
            load(detail.id());
            return true;
        }).open();
    }

    /** After submitting: the confirmation (the GOV.UK pattern): a reference, and what happens next. */
    private void confirmation() {
        var panel = new Div(new H2("Return submitted"),
                new Paragraph("Your reference is " + CheckAnswersDialog.reference(detail.id()) + "."),
                new Paragraph("What happens next: the board's business unit reviews it for " + names.and(detail.partnershipCodes())
                        + ". Each partnership accepts it or returns it to you with reasons; you will see that here, and on your home page."));
        panel.addClassName("confirmation");
        panel.getElement().setAttribute("role", "status");
        add(panel);
    }

    private void feedback() {
        List<Review> released = detail.reviews().stream()
                .filter(r -> !r.moderated().isEmpty() || !r.challenges().isEmpty() || r.accepted()).toList();
        if (released.isEmpty()) {
            return;
        }
        add(new H2("Board feedback"));
        for (Review review : released) {
            var list = new UnorderedList();
            if (review.accepted()) {
                list.add(new ListItem("Accepted for " + names.name(review.partnershipCode()) + "."));
            }
            review.moderated().forEach(m -> list.add(new ListItem(m.standardCode() + " moderated rating: " + detail.framework().label(m.rating())
                    + (m.rationale() == null ? "" : ". " + m.rationale()))));
            review.challenges().forEach(c -> list.add(new ListItem("Challenge on " + AssessmentNavigation.date(c.date()) + " (" + c.panel() + "): "
                    + c.questionsRaised() + (c.agencyResponse() == null ? "" : " Response: " + c.agencyResponse()))));
            add(new H3(names.name(review.partnershipCode())), list);
        }
    }

    private void history() {
        add(new H2("History"));
        var list = new UnorderedList();
        for (Event e : detail.events().reversed()) {
            list.add(new ListItem(when(e.at()) + ": " + eventLabel(e) + " by " + e.byName()
                    + (e.partnershipCode() == null ? "" : " for " + names.name(e.partnershipCode())) + (e.reason() == null ? "" : ". " + e.reason())));
        }
        add(list);
    }

    private static String eventLabel(Event e) {
        return switch (e.action()) {
            case "ACCEPTED_FOR_PARTNERSHIP" -> "Accepted";
            case "ACCEPTED" -> "Accepted by every partnership";
            case "FEEDBACK_RELEASED" -> "Feedback released";
            case "REOPENED" -> "Re-opened";
            default -> AssessmentRecords.stateLabel(e.action());
        };
    }

    static String when(String instant) {
        return WHEN.format(Instant.parse(instant).atZone(LONDON));
    }

    private static boolean hasValue(Answer a) {
        var v = a.value();
        return v.rating() != null || v.yesNo() != null || v.number() != null || v.choice() != null || v.text() != null && !v.text().isBlank();
    }
}
