package org.jointboard.ui.audit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;

/** A change's fields as a plain table with a caption and header cells: field, before, after. */
final class ChangesTable {

    private ChangesTable() {
    }

    static Component of(AuditClient.Event event) {
        if (event.changes().isEmpty()) {
            return new Paragraph("No field changed.");
        }
        var table = new com.vaadin.flow.component.html.Div();
        table.addClassName("changes");
        Element html = new Element("table");
        Element caption = new Element("caption");
        caption.setText("What changed");
        html.appendChild(caption);
        Element head = new Element("tr");
        for (String header : new String[] { "Field", "Before", "After" }) {
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            th.setText(header);
            head.appendChild(th);
        }
        html.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        event.changes().forEach(change -> {
            Element row = new Element("tr");
            Element field = new Element("th");
            field.setAttribute("scope", "row");
            field.setText(change.field());
            row.appendChild(field, cell(change.before()), cell(change.after()));
            body.appendChild(row);
        });
        html.appendChild(body);
        table.getElement().appendChild(html);
        return table;
    }

    private static Element cell(String value) {
        Element td = new Element("td");
        td.setText(value == null ? "(empty)" : value);
        return td;
    }
}
