package org.jointboard.ui.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jointboard.ui.api.ApiException;
import org.jointboard.ui.error.Refusals;
import org.jointboard.ui.layout.MainLayout;
import org.jointboard.ui.layout.MyPartnerships;
import org.jointboard.ui.layout.MyPartnerships.PartnershipName;
import org.jointboard.ui.layout.PartnershipChoice;
import org.jointboard.ui.security.Roles;

/**
 * A partnership's audit trail, newest first, narrowed by who, kind of record and period, each change field by field;
 * and, for the business unit, the check that nothing was changed or removed behind JointBoard's back.
 */
@Route(value = "audit", layout = MainLayout.class)
@PageTitle("Audit trail | JointBoard")
@Menu(order = 90, title = "Audit trail")
@RolesAllowed({ Roles.BOARD_ADMIN, Roles.BOARD_CHAIR })
class AuditTrailView extends VerticalLayout {

    private static final List<String> KINDS = List.of("Risk", "AuditReturn", "AuditCycle", "Action", "ActionPlan", "Committee", "Meeting",
            "Organisation", "Person", "Partnership", "RiskSettings", "ActionSettings", "RetentionPolicy", "LegalHold", "RetentionRun");

    final ComboBox<PartnershipName> partnership = new ComboBox<>("Partnership");
    final ComboBox<String> kind = new ComboBox<>("Kind of record");
    final TextField who = new TextField("Who (sign-in name)");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    private final VerticalLayout events = new VerticalLayout();
    private final Paragraph chain = new Paragraph();
    private final AuditClient audit;
    private String nextCursor;

    AuditTrailView(AuditClient audit, MyPartnerships partnerships, AuthenticationContext authentication) {
        this.audit = audit;
        events.setPadding(false);
        kind.setItems(KINDS);
        kind.setItemLabelGenerator(AuditTrailView::kindLabel);
        kind.setClearButtonVisible(true);
        partnership.addValueChangeListener(event -> refresh());
        kind.addValueChangeListener(event -> refresh());
        who.addValueChangeListener(event -> refresh());
        from.addValueChangeListener(event -> refresh());
        to.addValueChangeListener(event -> refresh());
        var filters = new HorizontalLayout(partnership, kind, who, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1("Audit trail"), new Paragraph("Every change made in JointBoard to this partnership's records: who, when, why, and each field before and after. "
                + "Nothing here can be changed or removed."), filters);
        if (authentication.hasRole(Roles.BOARD_ADMIN)) {
            chain.getElement().setAttribute("role", "status");
            var verify = new Button("Check the trail is intact", event -> verify());
            add(new H2("Tamper check"), new Paragraph("Each change carries a fingerprint of the one before it; the check recomputes them all."), verify, chain);
        }
        add(new H2("Changes"), events);
        PartnershipChoice.bind(partnership, partnerships.list(), PartnershipName::code, PartnershipName::name);
    }

    private void refresh() {
        events.removeAll();
        nextCursor = null;
        more();
    }

    private void more() {
        if (partnership.getValue() == null) {
            return;
        }
        Map<String, Object> filter = new HashMap<>();
        if (kind.getValue() != null) {
            filter.put("recordType", kind.getValue());
        }
        if (!who.getValue().isBlank()) {
            filter.put("actorUsername", who.getValue().strip());
        }
        if (from.getValue() != null) {
            filter.put("from", from.getValue().toString());
        }
        if (to.getValue() != null) {
            filter.put("to", to.getValue().toString());
        }
        events.getChildren().filter(c -> c instanceof Button).toList().forEach(events::remove);
        try {
            var page = audit.trail(partnership.getValue().code(), filter, 20, nextCursor);
            if (page.edges().isEmpty() && nextCursor == null) {
                events.add(new Paragraph("No changes match."));
            }
            page.edges().forEach(edge -> events.add(HistoryPanel.event(edge.node())));
            nextCursor = page.pageInfo().endCursor();
            if (page.pageInfo().hasNextPage()) {
                events.add(new Button("Show 20 more", event -> more()));
            }
        } catch (ApiException refused) {
            Refusals.show(refused, Map.of("filter.to", to));
        }
    }

    private void verify() {
        var report = audit.verify(partnership.getValue().code());
        chain.setText(report.intact()
                ? "Intact: " + report.eventsChecked() + " changes checked, each following the one before it and matching its fingerprint"
                        + (report.unchainedEvents() == 0 ? "." : " (" + report.unchainedEvents() + " older changes were written before fingerprints began).")
                : "Not intact: the change of " + report.firstBrokenAt() + " (" + report.firstBrokenEventId() + "). " + report.problem() + ".");
    }

    static String kindLabel(String kind) {
        return switch (kind) {
            case "AuditReturn" -> "Return";
            case "AuditCycle" -> "Audit cycle";
            case "ActionPlan" -> "Action plan";
            case "RiskSettings" -> "Risk settings";
            case "ActionSettings" -> "Action settings";
            case "RetentionPolicy" -> "Retention policy";
            case "LegalHold" -> "Legal hold";
            case "RetentionRun" -> "Retention run";
            default -> kind;
        };
    }
}
