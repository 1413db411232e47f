package org.jointboard.ui.actionplan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import org.jointboard.ui.layout.Links;

/** Links to the action plan pages, and the panel of links other records show (a return's or a risk's actions). */
public final class ActionPlanNavigation {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ActionPlanNavigation() {
    }

    static RouteParameters action(String id) {
        return new RouteParameters("actionId", id);
    }

    static RouteParameters plan(String id) {
        return new RouteParameters("planId", id);
    }

    static String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** A link from another record, as its reader may follow it: a record they may not read shows only that it exists. */
    public record RecordLink(String kind, String id, String reference, String title, boolean readable) { }

    /** A heading and a list of links to records (actions, risks, returns), or a line saying there are none. */
    public static Component linksPanel(String heading, List<RecordLink> links, String none) {
        var panel = new VerticalLayout(new H2(heading));
        panel.setPadding(false);
        if (links.isEmpty()) {
            panel.add(new Paragraph(none));
            return panel;
        }
        var list = new UnorderedList();
        list.addClassName("record-links");
        links.forEach(link -> list.add(new ListItem(link(link))));
        panel.add(list);
        return panel;
    }

    public static Component link(RecordLink link) {
        String what = switch (link.kind()) {
            case "Action" -> "action";
            case "Risk" -> "risk";
            case "AuditReturn" -> "return";
            default -> "record";
        };
        if (!link.readable()) {
            return new Span("A" + ("action".equals(what) ? "n " : " ") + what + " you may not open");
        }
        String route = switch (link.kind()) {
            case "Action" -> "actions/" + link.id();
            case "Risk" -> "risks/" + link.id();
            default -> "returns/" + link.id();
        };
        String text = (link.reference() == null ? "" : link.reference() + " ") + (link.title() == null ? "" : link.title());
        return Links.to(text.isBlank() ? "Open the " + what : text.strip(), route);
    }
}
