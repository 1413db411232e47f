package org.jointboard.ui.notification;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jointboard.ui.api.ApiException;
import org.jointboard.ui.error.Refusals;
import org.jointboard.ui.layout.MainLayout;
import org.jointboard.ui.layout.MyPartnerships;
import org.jointboard.ui.layout.MyPartnerships.PartnershipName;
import org.jointboard.ui.layout.PartnershipChoice;
import org.jointboard.ui.notification.NotificationClient.Entry;
import org.jointboard.ui.notification.NotificationClient.Planned;
import org.jointboard.ui.security.Roles;

/**
 * Chasing for the business unit: what today's reminders would send (and to whom), "Send reminders now", the settings
 * that shape them, and the log of everything sent or not sent (with the reason).
 */
@Route(value = "reminders", layout = MainLayout.class)
@PageTitle("Reminders | JointBoard")
@Menu(order = 85, title = "Reminders")
@RolesAllowed(Roles.BOARD_ADMIN)
class RemindersView extends VerticalLayout {

    final ComboBox<PartnershipName> partnership = new ComboBox<>("Partnership");
    private final NotificationClient notifications;
    private final ReminderSettingsForm form;
    private final Grid<Planned> preview = new Grid<>(Planned.class, false);
    private final Paragraph previewSummary = new Paragraph();
    private final Paragraph runResult = new Paragraph();
    private final Grid<Entry> log = new Grid<>(Entry.class, false);
    private final ComboBox<String> status = new ComboBox<>("Show");
    private final Button more = new Button("Show 50 more", event -> moreLog());
    private String nextCursor;

    RemindersView(NotificationClient notifications, MyPartnerships partnerships) {
        this.notifications = notifications;
        this.form = new ReminderSettingsForm(notifications, this::showPreview);
        runResult.getElement().setAttribute("role", "status");
        previewSummary.getElement().setAttribute("role", "status");

        preview.addColumn(p -> p.recipientName() + (p.recipientEmail() == null ? " (no address)" : " <" + p.recipientEmail() + ">")).setHeader("To").setFlexGrow(2);
        preview.addColumn(p -> NotificationClient.kind(p.kind())).setHeader("Kind").setAutoWidth(true);
        preview.addColumn(Planned::subject).setHeader("Subject").setFlexGrow(3);
        preview.addColumn(p -> NotificationClient.step(p.step(), p.level())).setHeader("Step").setAutoWidth(true);
        preview.addColumn(p -> p.alreadySent() ? "Already sent" : addressed(p) ? "Will be sent" : "Cannot be sent: fix the address in the register")
                .setHeader("Today").setAutoWidth(true);
        preview.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        preview.setEmptyStateText("Nothing is due to be sent today.");

        log.addColumn(e -> e.createdAt().substring(0, 16).replace('T', ' ')).setHeader("When").setAutoWidth(true);
        log.addColumn(e -> e.recipientName() + (e.recipientEmail() == null ? "" : " <" + e.recipientEmail() + ">")).setHeader("To").setFlexGrow(2);
        log.addColumn(Entry::subject).setHeader("Subject").setFlexGrow(3);
        log.addColumn(e -> switch (e.status()) {
            case "SENT" -> "Sent";
            case "FAILED" -> "Not sent after " + e.attempts() + " tries: " + e.lastError();
            case "INVALID_ADDRESS" -> "Not sent: " + e.lastError();
            default -> "Sending";
        }).setHeader("Outcome").setFlexGrow(2);
        log.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        log.setEmptyStateText("Nothing has been sent yet.");
        status.setItems("All", "Sent", "Not sent: fix the address", "Failed");
        status.setValue("All");
        status.addValueChangeListener(event -> refreshLog());

        var send = new Button("Send reminders now", event -> sendNow());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var logHeader = new HorizontalLayout(status);
        logHeader.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1("Reminders"),
                new Paragraph("JointBoard chases returns not submitted, risk reviews due and actions past their date by e-mail every morning, and "
                        + "escalates what stays overdue. Each message is sent once; the log keeps every one."),
                partnership, new RouterLink("Open the sent e-mail", SentEmailView.class),
                new H2("Today's reminders"), previewSummary, send, runResult, preview,
                new H2("Settings"), form,
                new H2("Log"), logHeader, log, more);
        partnership.addValueChangeListener(event -> show());
        partnership.setWidth("min(26rem, 100%)");
        PartnershipChoice.bind(partnership, partnerships.list(), PartnershipName::code, PartnershipName::name);
    }

    private String code() {
        return partnership.getValue().code();
    }

    private void show() {
        if (partnership.getValue() == null) {
            return;
        }
        form.show(notifications.settings(code()));
        runResult.setText("");
        showPreview();
        refreshLog();
    }

    private void showPreview() {
        var planned = notifications.preview(code());
        preview.setItems(planned);
        long sent = planned.stream().filter(Planned::alreadySent).count();
        long unaddressed = planned.stream().filter(p -> !p.alreadySent() && !addressed(p)).count();
        long toSend = planned.size() - sent - unaddressed;
        String fix = unaddressed == 0 ? "" : " " + unaddressed + " cannot be sent until an address is fixed in the register.";
        previewSummary.setText((toSend == 0 ? "Nothing new to send today (" + sent + " already sent)."
                : toSend + " message" + (toSend == 1 ? "" : "s") + " will be sent: " + planned.stream().filter(p -> !p.alreadySent() && addressed(p))
                        .collect(Collectors.groupingBy(p -> NotificationClient.kind(p.kind()), java.util.TreeMap::new, Collectors.counting())).entrySet().stream()
                        .map(e -> e.getValue() + " about " + e.getKey().toLowerCase(Locale.UK) + "s").collect(Collectors.joining(", ")) + ".") + fix);
    }

    /** The backend checks addresses strictly; this only tells an obviously missing one from the rest, for the preview's words. */
    private static boolean addressed(Planned p) {
        return p.recipientEmail() != null && p.recipientEmail().contains("@") && !p.recipientEmail().contains(" ");
    }

    private void sendNow() {
        try {
            var report = notifications.sendNow(code());
            runResult.setText(report.sent() == 0 && report.failed() == 0 ? "Nothing new to send: everything due was sent already."
                    : "Sent " + report.sent() + (report.sentByKind().isEmpty() ? "" : " (" + report.sentByKind().stream()
                            .map(k -> k.count() + " " + NotificationClient.kind(k.kind()).toLowerCase(Locale.UK)).collect(Collectors.joining(", ")) + ")")
                            + (report.failed() > 0 ? "; " + report.failed() + " failed and will be tried again" : "")
                            + (report.invalidAddresses() > 0 ? "; " + report.invalidAddresses() + " need an address fixed (see the log)" : "")
                            + ", in " + report.millis() + " ms.");
            showPreview();
            refreshLog();
        } catch (ApiException refused) {
            Refusals.show(refused);
        }
    }

    private void refreshLog() {
        nextCursor = null;
        log.setItems(new java.util.ArrayList<>());
        moreLog();
    }

    private void moreLog() {
        if (partnership.getValue() == null) {
            return;
        }
        Map<String, Object> filter = new HashMap<>();
        switch (status.getValue() == null ? "All" : status.getValue()) {
            case "Sent" -> filter.put("status", "SENT");
            case "Failed" -> filter.put("status", "FAILED");
            case "Not sent: fix the address" -> filter.put("status", "INVALID_ADDRESS");
            default -> { }
        }
        var page = notifications.log(code(), filter, 50, nextCursor);
        var items = new java.util.ArrayList<>(log.getListDataView().getItems().toList());
        page.edges().forEach(edge -> items.add(edge.node()));
        log.setItems(items);
        nextCursor = page.pageInfo().endCursor();
        more.setVisible(page.pageInfo().hasNextPage());
    }
}
