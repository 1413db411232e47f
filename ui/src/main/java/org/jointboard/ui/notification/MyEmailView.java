package org.jointboard.ui.notification;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jointboard.ui.api.ApiException;
import org.jointboard.ui.api.GraphQlApi;
import org.jointboard.ui.error.Refusals;
import org.jointboard.ui.layout.MainLayout;
import org.jointboard.ui.security.Roles;

/**
 * How the signed-in person is reminded: separate reminders as things fall due, or one weekly digest for risk reviews and
 * actions. Saved as soon as it is changed. Reminders about returns' deadlines and escalations always come as they happen.
 */
@Route(value = "reminders/me", layout = MainLayout.class)
@PageTitle("My e-mail | JointBoard")
@Menu(order = 87, title = "My e-mail")
@RolesAllowed({ Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER, Roles.COMMITTEE_MEMBER, Roles.AGENCY_LEAD, Roles.SCHOOL_LEAD })
class MyEmailView extends VerticalLayout {

    record Preferences(Long version, boolean digestOnly) { }

    private final GraphQlApi api;
    final Checkbox digestOnly = new Checkbox("Send me one weekly digest instead of separate reminders about risk reviews and actions");
    private final Paragraph status = new Paragraph();
    private Preferences preferences;

    MyEmailView(GraphQlApi api) {
        this.api = api;
        status.getElement().setAttribute("role", "status");
        add(new H1("My e-mail"));
        preferences = api.fetch("myNotificationPreferences", Map.of(), "myNotificationPreferences", Preferences.class);
        if (preferences == null) {
            add(new Paragraph("The people register has no entry with your sign-in name, so JointBoard sends you no reminders. "
                    + "Ask the business unit to add your sign-in name to your entry."));
            return;
        }
        digestOnly.setValue(preferences.digestOnly());
        digestOnly.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                save(event.getValue());
            }
        });
        add(new Paragraph("JointBoard e-mails you when something you hold falls due: a week before, on the day, and while it is overdue."), digestOnly,
                new Paragraph("Reminders about returns' deadlines, returns sent back for changes, and escalations always come as they happen: "
                        + "they are part of the statutory process and cannot be turned off."), status);
    }

    private void save(boolean digest) {
        var input = new HashMap<String, Object>();
        input.put("digestOnly", digest);
        input.put("version", preferences.version());
        try {
            preferences = api.fetch("setMyNotificationPreferences", Map.of("input", input), "setMyNotificationPreferences.preferences", Preferences.class);
            status.setText(digest ? "Saved: you will get one digest a week." : "Saved: you will get each reminder as it falls due.");
        } catch (ApiException refused) {
            Refusals.show(refused, Map.of("digestOnly", digestOnly));
        }
    }
}
