package org.jointboard.ui.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jointboard.ui.api.ApiException;


/**
 * A record's "History": closed until opened (it costs a query), then its changes newest first, each with who (name and
 * role), when, why and a table of the fields it changed, before and after.
 */
@org.springframework.stereotype.Component
public class HistoryPanel {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private final AuditClient audit;

    HistoryPanel(AuditClient audit) {
        this.audit = audit;
    }

    /** The panel for one record; empty content until the reader opens it. */
    public com.vaadin.flow.component.Component of(String recordType, String recordId) {
        var content = new VerticalLayout();
        content.setPadding(false);
        var details = new Details("History", content);
        details.setWidthFull();
        details.addOpenedChangeListener(event -> {
            if (event.isOpened() && content.getComponentCount() == 0) {
                load(content, recordType, recordId);
            }
        });
        return details;
    }

    private void load(VerticalLayout content, String recordType, String recordId) {
        try {
            var page = audit.history(recordType, recordId, 50, null);
            if (page.edges().isEmpty()) {
                content.add(new Paragraph("No changes recorded."));
            }
            page.edges().forEach(edge -> content.add(event(edge.node())));
            if (page.pageInfo().hasNextPage()) {
                content.add(new Paragraph("The 50 latest changes are shown; the audit trail page has the rest."));
            }
        } catch (ApiException refused) {
            content.add(new Paragraph("The history could not be read: " + refused.userMessage()));
        }
    }

    static com.vaadin.flow.component.Component event(AuditClient.Event e) {
        var box = new Div();
        box.addClassName("history-event");
        box.add(new H3(e.actionLabel() + ", " + WHEN.format(e.at())));
        box.add(new Paragraph("By " + e.who() + (e.reason() == null ? "" : ". Reason: " + e.reason())));
        box.add(ChangesTable.of(e));
        return box;
    }
}
