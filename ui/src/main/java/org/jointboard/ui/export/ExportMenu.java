package org.jointboard.ui.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * The "Export" menu of a list page: a button that opens a short list of download links (real links, so the keyboard
 * and screen readers treat them as such), each downloading the list as the page shows it (partnership, cycle,
 * period taken from the page when the link is followed), as Excel or CSV. What a user may export is the backend's call.
 */
public class ExportMenu extends Composite<Div> {

    private final ExportClient exports;
    private final Div links = new Div();
    private final Popover popover = new Popover();

    public ExportMenu(ExportClient exports) {
        this.exports = exports;
        var button = new Button("Export", VaadinIcon.DOWNLOAD_ALT.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        links.addClassName("export-links");
        popover.setTarget(button);
        popover.setPosition(PopoverPosition.BOTTOM_START);
        popover.setAriaLabel("Export this list");
        popover.add(links);
        getContent().add(button, popover);
    }

    /** Adds a link that downloads {@code kind} in {@code format}, with the page's current parameters. */
    public ExportMenu add(String label, String kind, String format, Supplier<Map<String, String>> parameters) {
        DownloadHandler handler = event -> {
            Map<String, String> chosen;
            try {
                chosen = parameters.get();
            } catch (NullPointerException nothingChosen) { // the page has no partnership or cycle chosen yet
                event.getResponse().setStatus(400);
                event.getWriter().write("Choose what to export on the page first.");
                return;
            }
            var query = new LinkedHashMap<>(chosen);
            query.put("format", format);
            exports.download(kind, query, event);
        };
        var link = new Anchor(handler, AttachmentType.DOWNLOAD, label);
        link.getElement().addEventListener("click", event -> popover.close());
        var line = new Div(link);
        line.addClassName("export-link");
        links.add(line);
        return this;
    }

    /** Excel and CSV of one list. */
    public ExportMenu both(String what, String kind, Supplier<Map<String, String>> parameters) {
        return add(what + " as Excel (.xlsx)", kind, "xlsx", parameters).add(what + " as CSV (.csv)", kind, "csv", parameters);
    }
}
