package org.jointboard.ui.notification;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jointboard.ui.layout.MainLayout;
import org.jointboard.ui.layout.MyPartnerships;
import org.jointboard.ui.layout.MyPartnerships.PartnershipName;
import org.jointboard.ui.layout.PartnershipChoice;
import org.jointboard.ui.security.Roles;

/**
 * What the backend's own SMTP server received (the default set-up, with no SMTP host configured): each message as its
 * recipient would read it, newest first. With a real SMTP server the messages are in people's inboxes and the log.
 */
@Route(value = "reminders/sent", layout = MainLayout.class)
@PageTitle("Sent e-mail | JointBoard")
@Menu(order = 86, title = "Sent e-mail")
@RolesAllowed(Roles.BOARD_ADMIN)
class SentEmailView extends VerticalLayout {

    final ComboBox<PartnershipName> partnership = new ComboBox<>("Partnership");
    private final VerticalLayout messages = new VerticalLayout();
    private final NotificationClient notifications;

    SentEmailView(NotificationClient notifications, MyPartnerships partnerships) {
        this.notifications = notifications;
        messages.setPadding(false);
        partnership.setWidth("min(26rem, 100%)");
        add(new H1("Sent e-mail"), partnership, messages);
        partnership.addValueChangeListener(event -> show());
        PartnershipChoice.bind(partnership, partnerships.list(), PartnershipName::code, PartnershipName::name);
    }

    private void show() {
        messages.removeAll();
        if (partnership.getValue() == null) {
            return;
        }
        var box = notifications.sentEmail(partnership.getValue().code());
        if (!box.embedded()) {
            messages.add(new Paragraph("Messages go to your SMTP server and on to people's inboxes: the Reminders page's log lists each one."));
            return;
        }
        messages.add(new Paragraph(box.messages().isEmpty() ? "No e-mail has been sent for this partnership yet."
                : box.messages().size() + " message" + (box.messages().size() == 1 ? "" : "s") + " received by JointBoard's own mail server, newest first."));
        for (var message : box.messages()) {
            var body = new Pre(message.text() == null ? "" : message.text());
            body.getStyle().set("white-space", "pre-wrap");
            var summary = new com.vaadin.flow.component.html.Span(message.subject() + " — to " + message.to() + ", "
                    + message.receivedAt().substring(0, 16).replace('T', ' '));
            summary.getStyle().set("white-space", "normal");
            var details = new Details(summary, body);
            details.setWidthFull();
            messages.add(details);
        }
    }
}
