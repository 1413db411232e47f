package org.jointboard.ui.risk;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jointboard.ui.error.Refusals;
import org.jointboard.ui.form.Drafts;
import org.jointboard.ui.api.ApiException;
import org.jointboard.ui.layout.MainLayout;
import org.jointboard.ui.risk.RiskRecords.Review;
import org.jointboard.ui.risk.RiskRecords.RiskDetail;
import org.jointboard.ui.security.Roles;

/** One risk: what it is, its scores and controls, its review history, the review form for its owner, and comments. */
@Route(value = "risks/:riskId([0-9a-f]{24}|demo-risk-[a-z0-9-]+)", layout = MainLayout.class)
@PageTitle("Risk | JointBoard")
@RolesAllowed({ Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER, Roles.COMMITTEE_MEMBER, Roles.VIEWER })
class RiskView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final RiskClient risks;
    private final boolean mayComment;
    private final boolean admin;
    private RiskDetail risk;

    private final org.jointboard.ui.audit.HistoryPanel history;
    private final boolean readsHistory;

    RiskView(RiskClient risks, AuthenticationContext authentication, org.jointboard.ui.audit.HistoryPanel history) {
        this.risks = risks;
        this.history = history;
        this.readsHistory = authentication.hasAnyRole(Roles.BOARD_ADMIN, Roles.BOARD_CHAIR);
        this.mayComment = authentication.hasAnyRole(Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER);
        this.admin = authentication.hasRole(Roles.BOARD_ADMIN);
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        risk = risks.risk(event.getRouteParameters().get("riskId").orElse(""));
        if (risk == null) {
            org.jointboard.ui.error.Missing.backToList(event, RiskRegisterView.class, "risk");
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        add(new H1(risk.reference() + " " + risk.title()));
        add(new Paragraph(risk.category() + " · concerns " + risk.scope().toLowerCase() + " · " + risk.status().toLowerCase()
                + (risk.owner() == null ? "" : " · owner " + risk.owner().name())));
        var facts = new UnorderedList(
                new ListItem("Residual score: " + risk.residual().label() + " (likelihood " + risk.residual().likelihood() + " × impact "
                        + risk.residual().impact() + "), trend " + RiskRecords.trendLabel(risk.trend())
                        + (risk.aboveAppetite() ? ", above the board's appetite" : "")),
                new ListItem("Inherent score: " + risk.inherent().label()),
                new ListItem("Target: " + (risk.target() == null ? "not set" : risk.target().label()
                        + (risk.targetDate() == null ? "" : " by " + date(risk.targetDate())))),
                new ListItem("Last reviewed " + date(risk.lastReviewedOn()) + "; next review "
                        + (risk.nextReviewDue() == null ? "none (closed)" : (risk.reviewOverdue() ? "overdue since " : "due ") + date(risk.nextReviewDue()))));
        add(facts);
        if (risk.cause() != null) {
            add(new Paragraph("Cause: " + risk.cause()));
        }
        if (risk.consequence() != null) {
            add(new Paragraph("Consequence: " + risk.consequence()));
        }
        if (risk.controls() != null && !risk.controls().isEmpty()) {
            add(new H2("Controls"));
            var controls = new UnorderedList();
            risk.controls().forEach(c -> controls.add(new ListItem(c.description() + " – " + c.effectiveness().toLowerCase().replace('_', ' ')
                    + (c.owner() == null ? "" : ", " + c.owner().name()))));
            add(controls);
        }
        if ("ACCEPTED".equals(risk.status()) && risk.acceptedBy() != null) {
            add(new Paragraph("Accepted by " + risk.acceptedBy() + " until " + date(risk.acceptanceExpires()) + "."));
        }
        if ("CLOSED".equals(risk.status())) {
            add(new Paragraph("Closed: " + risk.closedReason()));
        }
        if (admin && !"CLOSED".equals(risk.status())) {
            decisions();
        }
        links();
        history();
        if (risk.canReview() && !"CLOSED".equals(risk.status())) {
            reviewForm();
        }
        comments();
        if (readsHistory) {
            add(history.of("Risk", risk.id()));
        }
    }

    /** What the risk came from and the actions that mitigate it, as the reader may follow them. */
    private void links() {
        if (risk.source() != null) {
            add(new Paragraph(new com.vaadin.flow.component.html.Span("Raised from " + (risk.sourceLabel() == null ? "a return" : risk.sourceLabel()) + ": "),
                    org.jointboard.ui.actionplan.ActionPlanNavigation.link(risk.source())));
        }
        add(org.jointboard.ui.actionplan.ActionPlanNavigation.linksPanel("Actions that mitigate this risk", risk.actions(),
                "No actions are linked to this risk yet."));
    }

    private void history() {
        add(new H2("Score history"));
        var grid = new Grid<Review>();
        grid.addColumn(r -> date(r.date())).setHeader("Reviewed");
        grid.addColumn(r -> r.residual().label()).setHeader("Residual");
        grid.addColumn(r -> RiskRecords.trendLabel(r.trend())).setHeader("Trend");
        grid.addColumn(r -> r.reviewerName() == null ? "" : r.reviewerName()).setHeader("By");
        if (risk.reviews().stream().anyMatch(r -> r.commentary() != null)) {
            grid.addColumn(r -> r.commentary() == null ? "" : r.commentary()).setHeader("Commentary").setFlexGrow(3);
            grid.addColumn(r -> r.decision() == null ? "" : r.decision()).setHeader("Decision").setFlexGrow(2);
        }
        grid.setItems(risk.reviews().reversed());
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", "Reviews of " + risk.reference());
        grid.setEmptyStateText("Not reviewed yet.");
        add(grid);
    }

    private void reviewForm() {
        add(new H2("Record a review"));
        var date = new DatePicker("Review date", LocalDate.now());
        date.setMax(LocalDate.now());
        var likelihood = scoreSelect("Residual likelihood", risk.residual().likelihood());
        var impact = scoreSelect("Residual impact", risk.residual().impact());
        var commentary = new TextArea("Commentary");
        var decision = new TextArea("Decision");
        var form = new FormLayout(date, likelihood, impact, commentary, decision);
        var binder = new Binder<>(RiskRecords.ReviewDraft.class);
        binder.forField(date).asRequired("Enter the review date")
                .withValidator(day -> !day.isAfter(LocalDate.now()), "A review cannot be dated in the future").bind("date");
        binder.forField(likelihood).asRequired("Enter the likelihood (1 to 5)").bind("likelihood");
        binder.forField(impact).asRequired("Enter the impact (1 to 5)").bind("impact");
        binder.forField(commentary).bind("commentary");
        binder.forField(decision).bind("decision");
        var save = new Button("Save review", event -> Drafts.written(binder).ifPresent(review -> {
            try {
                risks.review(risk.id(), risk.version(), review);
            } catch (ApiException refused) {
                Refusals.show(refused, java.util.Map.of("date", date, "residual.likelihood", likelihood, "residual.impact", impact,
                        "commentary", commentary, "decision", decision));
                return;
            }
            risk = risks.risk(risk.id());
            render();
            Notification.show("Review saved", 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, save);
    }

    /** The business unit's decisions: escalate to the board, accept until a date, or close with a reason. */
    private void decisions() {
        var escalate = new Button("Escalate to the board", event -> decide(() -> risks.escalate(risk.id(), risk.version()), null));
        escalate.setVisible(!"ESCALATED".equals(risk.status()));
        var accept = new Button("Accept…", event -> {
            var approver = new com.vaadin.flow.component.textfield.TextField("Approved by");
            var expires = new DatePicker("Accepted until");
            var binder = new Binder<>(RiskRecords.AcceptanceDraft.class);
            binder.forField(approver).asRequired("Say who approved accepting this risk").bind("approvedBy");
            binder.forField(expires).asRequired("Say until when the acceptance stands")
                    .withValidator(until -> until.isAfter(LocalDate.now()), "The acceptance must end after today").bind("expiresOn");
            askThen("Accept " + risk.reference(), "Accept", new FormLayout(approver, expires), () -> Drafts.written(binder)
                    .map(draft -> decide(() -> risks.accept(risk.id(), risk.version(), draft), java.util.Map.of("approvedBy", approver, "expiresOn", expires)))
                    .orElse(false));
        });
        var close = new Button("Close…", event -> {
            var reason = new TextArea("Why is it closed?");
            reason.setWidthFull();
            var binder = new Binder<>(RiskRecords.TextDraft.class);
            binder.forField(reason).asRequired("Say why the risk is closed").bind("text");
            askThen("Close " + risk.reference(), "Close risk", new FormLayout(reason), () -> Drafts.written(binder)
                    .map(draft -> decide(() -> risks.close(risk.id(), risk.version(), draft.text()), java.util.Map.of("reason", reason)))
                    .orElse(false));
        });
        add(new com.vaadin.flow.component.orderedlayout.HorizontalLayout(escalate, accept, close));
    }

    /** A dialog with the form; {@code confirmed} sends it and says whether it was taken (the dialog then closes). */
    private void askThen(String title, String confirm, FormLayout form, java.util.function.BooleanSupplier confirmed) {
        var dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(title);
        dialog.add(form);
        var ok = new Button(confirm, event -> {
            if (confirmed.getAsBoolean()) {
                dialog.close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), ok);
        dialog.open();
    }

    /** Sends the decision; a refusal is shown at its field (or as a message). Returns whether it was taken. */
    private boolean decide(Runnable decision, java.util.Map<String, com.vaadin.flow.component.HasValidation> fields) {
        try {
            decision.run();
        } catch (ApiException refused) {
            Refusals.show(refused, fields);
            return false;
        }
        risk = risks.risk(risk.id());
        render();
        Notification.show("Saved", 3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return true;
    }

    private void comments() {
        if (risk.comments() == null) {
            return;
        }
        add(new H2("Executive comments"));
        if (risk.comments().isEmpty()) {
            add(new Paragraph("No comments yet."));
        } else {
            var list = new UnorderedList();
            risk.comments().forEach(c -> list.add(new ListItem(c.byName() + ": " + c.text())));
            add(list);
        }
        if (mayComment) {
            var text = new TextArea("Your comment");
            var binder = new Binder<>(RiskRecords.TextDraft.class);
            binder.forField(text).asRequired("Write the comment first").bind("text");
            var post = new Button("Add comment", event -> Drafts.written(binder).ifPresent(comment -> {
                try {
                    risks.comment(risk.id(), comment.text());
                } catch (ApiException refused) {
                    Refusals.show(refused, java.util.Map.of("text", text));
                    return;
                }
                risk = risks.risk(risk.id());
                render();
            }));
            add(text, post);
        }
    }

    private static ComboBox<Integer> scoreSelect(String label, int value) {
        var select = new ComboBox<Integer>(label);
        select.setItems(1, 2, 3, 4, 5);
        select.setItemLabelGenerator(String::valueOf);
        select.setValue(value);
        select.setRequired(true);
        select.setHelperText("1 = lowest, 5 = highest");
        return select;
    }
}
