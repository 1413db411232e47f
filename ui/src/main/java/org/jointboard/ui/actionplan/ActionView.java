package org.jointboard.ui.actionplan;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jointboard.ui.actionplan.ActionPlanNavigation.RecordLink;
import org.jointboard.ui.actionplan.ActionPlanRecords.ActionDetail;
import org.jointboard.ui.actionplan.ActionPlanRecords.ProgressDraft;
import org.jointboard.ui.actionplan.ActionPlanRecords.Update;
import org.jointboard.ui.api.ApiException;
import org.jointboard.ui.error.Refusals;
import org.jointboard.ui.form.Drafts;
import org.jointboard.ui.form.ErrorSummary;
import org.jointboard.ui.layout.Links;
import org.jointboard.ui.layout.MainLayout;

/**
 * One action: what it is, who leads it, by when, its RAG in words and colour, where it came from and what it mitigates,
 * its progress history, and (for its lead, the owning body's chair and the business unit) "Add an update", kept as a
 * draft on the server as it is written.
 */
@Route(value = "actions/:actionId", layout = MainLayout.class)
@PageTitle("Action | JointBoard")
@PermitAll
class ActionView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/London"));
    private static final List<String> STATUSES = List.of("NOT_STARTED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "COMPLETE", "CLOSED_NOT_DONE");

    private final ActionPlanClient plans;
    private ActionDetail action;

    private final org.jointboard.ui.audit.HistoryPanel history;
    private final boolean readsHistory;

    ActionView(ActionPlanClient plans, org.jointboard.ui.audit.HistoryPanel history, com.vaadin.flow.spring.security.AuthenticationContext authentication) {
        this.plans = plans;
        this.history = history;
        this.readsHistory = authentication.hasAnyRole(org.jointboard.ui.security.Roles.BOARD_ADMIN, org.jointboard.ui.security.Roles.BOARD_CHAIR);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        action = plans.action(event.getRouteParameters().get("actionId").orElse(""));
        if (action == null) {
            org.jointboard.ui.error.Missing.backToHome(event, "action");
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        add(new H1(action.reference() + " " + action.title()));
        var rag = new HorizontalLayout(new Span("RAG:"), Rag.badge(action.rag()), new Span(action.ragWords()));
        rag.setAlignItems(Alignment.BASELINE);
        rag.setWrap(true);
        add(rag);
        var facts = new UnorderedList(
                new ListItem("Status: " + Rag.status(action.status()) + (action.closedReason() == null ? "" : " (" + action.closedReason() + ")")),
                new ListItem("Lead: " + action.leadLabel() + (action.leadOrganisation() == null ? "" : ", " + action.leadOrganisation().name())),
                new ListItem("Owned by: " + (action.owningBody() == null ? "no body named" : action.owningBody().name())),
                new ListItem("Due: " + ActionPlanNavigation.date(action.dueOn()) + (action.overdue() ? " (overdue)" : "")
                        + (action.startOn() == null ? "" : "; started " + ActionPlanNavigation.date(action.startOn()))),
                new ListItem("Report back: " + (action.reportBackOn() == null ? "no meeting set" : ActionPlanNavigation.date(action.reportBackOn()))));
        add(facts);
        if (action.ragOverride() != null) {
            add(new Paragraph("RAG set by hand by " + action.ragOverride().byName() + " on " + ActionPlanNavigation.date(action.ragOverride().on())
                    + ": " + action.ragOverride().reason()));
        }
        if (action.description() != null) {
            add(new Paragraph(action.description()));
        }
        if (action.expectedOutcome() != null) {
            add(new Paragraph("Expected outcome: " + action.expectedOutcome()));
        }
        if (action.evidenceOfImpact() != null) {
            add(new Paragraph("Evidence of impact: " + action.evidenceOfImpact()));
        }
        links();
        history();
        if (action.canOverrideRag()) {
            add(new Button("Set the RAG by hand…", event -> overrideDialog()));
        }
        if (action.canRecordProgress()) {
            updateForm();
        }
        if (readsHistory) {
            add(history.of("Action", action.id()));
        }
    }

    private void links() {
        var panel = new VerticalLayout(new H2("Links"));
        panel.setPadding(false);
        var list = new UnorderedList();
        list.addClassName("record-links");
        if (action.plan() != null) {
            list.add(new ListItem(new Span("Plan: "), Links.to(action.plan().title(), ActionPlanView.class, ActionPlanNavigation.plan(action.plan().id()))));
        }
        if (action.source() != null) {
            var from = action.source().auditReturn();
            list.add(new ListItem(new Span("Raised from: " + action.source().label() + " "),
                    ActionPlanNavigation.link(new RecordLink(from.kind(), from.id(), from.reference(), from.title(), from.readable()))));
        }
        if (action.risk() != null) {
            var risk = action.risk();
            list.add(new ListItem(new Span("Mitigates: "), ActionPlanNavigation.link(new RecordLink(risk.kind(), risk.id(), risk.reference(), risk.title(), risk.readable()))));
        }
        if (list.getChildren().findAny().isEmpty()) {
            panel.add(new Paragraph("Not linked to a return or a risk."));
        } else {
            panel.add(list);
        }
        add(panel);
    }

    private void history() {
        add(new H2("Progress"));
        var grid = new Grid<Update>();
        grid.addColumn(u -> ActionPlanNavigation.date(u.on())).setHeader("Date").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Update::byName).setHeader("By").setFlexGrow(1);
        grid.addColumn(u -> Rag.status(u.status())).setHeader("Status then").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(u -> (u.internal() ? "Internal note: " : "") + u.text()).setHeader("Update").setFlexGrow(4);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(action.progress().reversed());
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", "Progress of " + action.reference());
        grid.setEmptyStateText("No updates yet.");
        add(grid);
    }

    private void updateForm() {
        add(new H2("Add an update"));
        var summary = new ErrorSummary();
        var text = new TextArea("What has happened since the last update?");
        text.setWidthFull();
        var status = new RadioButtonGroup<String>("Status now");
        status.setItems(STATUSES);
        status.setItemLabelGenerator(Rag::status);
        status.setValue(action.status().equals("NOT_STARTED") ? "ON_TRACK" : action.status());
        var internal = new Checkbox("Internal note: for the board only, not shown to viewers or the organisation");
        var closedReason = new TextArea("Why is it closed without being done?");
        closedReason.setWidthFull();
        var evidence = new TextArea("Evidence of impact (optional)");
        evidence.setWidthFull();
        var saved = new Span();
        saved.getElement().setAttribute("aria-live", "polite");
        if (action.myDraft() != null) {
            text.setValue(action.myDraft().text() == null ? "" : action.myDraft().text());
            if (action.myDraft().status() != null) {
                status.setValue(action.myDraft().status());
            }
            internal.setValue(action.myDraft().internal());
            saved.setText("Your draft from " + savedAt(action.myDraft().savedAt()) + " is restored.");
        }
        closedReason.setVisible("CLOSED_NOT_DONE".equals(status.getValue()));
        var binder = new Binder<>(ProgressDraft.class);
        binder.forField(text).asRequired("Say what has happened since the last update").bind("text");
        binder.forField(status).asRequired("Choose the action's status now").bind("status");
        binder.forField(internal).bind("internal");
        binder.forField(closedReason).withValidator(reason -> !"CLOSED_NOT_DONE".equals(status.getValue()) || reason != null && !reason.isBlank(),
                "Say why the action is being closed without being done").bind("closedReason");
        binder.forField(evidence).bind("evidenceOfImpact");
        Runnable autosave = () -> {
            try {
                String at = plans.saveDraft(action.id(), new ProgressDraft(text.getValue(), status.getValue(), internal.getValue(), null, null));
                saved.setText("Draft saved at " + savedAt(at) + ".");
            } catch (ApiException refused) {
                saved.setText("Your draft could not be saved: " + refused.getMessage());
            }
        };
        text.addValueChangeListener(event -> { if (event.isFromClient()) { autosave.run(); } });
        internal.addValueChangeListener(event -> { if (event.isFromClient()) { autosave.run(); } });
        status.addValueChangeListener(event -> {
            closedReason.setVisible("CLOSED_NOT_DONE".equals(event.getValue()));
            if (event.isFromClient()) {
                autosave.run();
            }
        });
        var record = new Button("Record update", event -> Drafts.written(binder, summary).ifPresent(draft -> {
            try {
                plans.recordProgress(action.id(), action.version(), draft);
            } catch (ApiException refused) {
                Refusals.show(refused, Map.of("text", text, "status", status, "closedReason", closedReason, "evidenceOfImpact", evidence));
                return;
            }
            action = plans.action(action.id());
            render();
            Notification.show("Update recorded", 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(text, status, internal, closedReason, evidence);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(summary, form, saved, record);
    }

    private void overrideDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Set the RAG by hand");
        var rag = new RadioButtonGroup<String>("RAG");
        rag.setItems("RED", "AMBER", "GREEN", "DERIVED");
        rag.setItemLabelGenerator(value -> value.equals("DERIVED") ? "Go back to the RAG worked out from dates and status" : Rag.word(value));
        var reason = new TextArea("Why? (shown next to the RAG)");
        reason.setWidth("30em");
        dialog.add(new FormLayout(rag, reason));
        var ok = new Button("Set RAG", event -> {
            if (rag.getValue() == null) {
                rag.setInvalid(true);
                rag.setErrorMessage("Choose a RAG");
                return;
            }
            try {
                plans.overrideRag(action.id(), action.version(), rag.getValue().equals("DERIVED") ? null : rag.getValue(), reason.getValue());
            } catch (ApiException refused) {
                Refusals.show(refused, Map.of("rag", rag, "reason", reason));
                return;
            }
            dialog.close();
            action = plans.action(action.id());
            render();
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), ok);
        dialog.open();
    }

    private static String savedAt(String instant) {
        return instant == null ? "" : TIME.format(Instant.parse(instant));
    }
}
