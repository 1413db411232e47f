package org.jointboard.ui.export;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.jointboard.ui.api.ApiException;
import org.jointboard.ui.api.BackendFiles;
import org.jointboard.ui.assessment.AssessmentClient;
import org.jointboard.ui.assessment.AssessmentRecords.Cycle;
import org.jointboard.ui.layout.MainLayout;
import org.jointboard.ui.layout.MyPartnerships;
import org.jointboard.ui.layout.MyPartnerships.PartnershipName;
import org.jointboard.ui.layout.PartnershipChoice;
import org.jointboard.ui.security.Roles;

/**
 * The quarter's board pack as an accessible PDF: the partnership, the quarter, the audit cycle to report and the
 * sections; "Make the board pack" shows progress while the backend makes it, then offers the file.
 */
@Route(value = "board-pack", layout = MainLayout.class)
@PageTitle("Board pack | JointBoard")
@Menu(order = 58, title = "Board pack")
@RolesAllowed({ Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER })
class BoardPackView extends VerticalLayout {

    /** The pack's sections, by the name the backend knows them by, in the pack's order. */
    static final Map<String, String> SECTIONS = sections();

    final ComboBox<PartnershipName> partnership = new ComboBox<>("Partnership");
    final Select<Quarter> quarter = new Select<>();
    final ComboBox<Cycle> cycle = new ComboBox<>("Audit cycle to report");
    final CheckboxGroup<String> sections = new CheckboxGroup<>("Sections");
    final Button make = new Button("Make the board pack");
    private final ProgressBar progress = new ProgressBar();
    private final Div status = new Div();
    private final Div result = new Div();
    private final ExportClient exports;

    BoardPackView(ExportClient exports, AssessmentClient assessments, MyPartnerships partnerships) {
        this.exports = exports;
        quarter.setLabel("Quarter");
        List<Quarter> quarters = Quarter.around(LocalDate.now());
        quarter.setItems(quarters);
        quarter.setItemLabelGenerator(q -> q.label() + (q.equals(quarters.get(1)) ? " (this quarter)" : ""));
        quarter.setValue(quarters.get(1));
        cycle.setItemLabelGenerator(Cycle::title);
        cycle.setHelperText("Its compliance summary goes in the pack; return rates cover every cycle open in the quarter");
        partnership.addValueChangeListener(event -> {
            List<Cycle> cycles = event.getValue() == null ? List.of() : assessments.cycles(event.getValue().code());
            cycle.setItems(cycles);
            cycle.setValue(cycles.stream().filter(c -> !"PLANNED".equals(c.status())).findFirst().orElse(null));
            result.removeAll();
        });
        partnership.setWidth("24em");
        quarter.setWidth("16em");
        cycle.setWidth("20em");
        sections.addThemeVariants(com.vaadin.flow.component.checkbox.CheckboxGroupVariant.LUMO_VERTICAL);
        sections.setItems(SECTIONS.keySet());
        sections.setItemLabelGenerator(SECTIONS::get);
        sections.setValue(SECTIONS.keySet());
        sections.setHelperText("Leave out what this meeting does not need");
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        make.addClickListener(event -> make());
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Making the board pack");
        status.getElement().setAttribute("role", "status");
        var choices = new HorizontalLayout(partnership, quarter, cycle);
        choices.setAlignItems(FlexComponent.Alignment.BASELINE);
        choices.setWrap(true);
        add(new H1("Board pack"), new Paragraph("A PDF for the board and the executive group, made from the records as they stand today: "
                + "compliance with the standards, return rates, the risk register's heat map, movements, risks above appetite and overdue "
                + "reviews, the action plan exception report, what was escalated, and attendance. It is tagged for screen readers, "
                + "with headings, bookmarks and table headers, so it can be published as it is."), choices, sections, make, progress, status, result);
        PartnershipChoice.bind(partnership, partnerships.list(), PartnershipName::code, PartnershipName::name);
    }

    private void make() {
        if (partnership.getValue() == null || quarter.getValue() == null) {
            status.setText("Choose the partnership and the quarter first.");
            return;
        }
        if (sections.getValue().isEmpty()) {
            sections.setErrorMessage("Choose at least one section");
            sections.setInvalid(true);
            return;
        }
        sections.setInvalid(false);
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("partnership", partnership.getValue().code());
        parameters.put("period", quarter.getValue().code());
        parameters.put("cycle", cycle.getValue() == null ? null : cycle.getValue().id());
        parameters.put("sections", String.join(",", SECTIONS.keySet().stream().filter(sections.getValue()::contains).toList()));
        String what = partnership.getValue().name() + " board pack for " + quarter.getValue().label();
        String token = exports.accessToken();
        UI ui = UI.getCurrent();
        make.setEnabled(false);
        result.removeAll();
        progress.setVisible(true);
        status.setText("Making the " + what + ": gathering the figures and laying out the PDF. This takes a few seconds.");
        ui.setPollInterval(500);
        Thread.ofVirtual().name("board-pack").start(() -> {
            BackendFiles.File file;
            try {
                file = exports.fetch("board-pack", parameters, token);
            } catch (ApiException e) {
                ui.access(() -> finished("The board pack could not be made: " + e.userMessage(), null));
                return;
            } catch (RuntimeException e) {
                ui.access(() -> finished("The board pack could not be made: JointBoard's service did not answer. Try again in a minute.", null));
                return;
            }
            ui.access(() -> finished("Ready: the " + what + ".", file));
        });
    }

    private void finished(String message, BackendFiles.File file) {
        UI.getCurrent().setPollInterval(-1);
        progress.setVisible(false);
        make.setEnabled(true);
        status.setText(message);
        if (file != null) {
            byte[] bytes = file.bytes();
            var link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes), file.name(),
                    file.contentType(), bytes.length)), AttachmentType.DOWNLOAD, "Download " + file.name() + " (PDF, " + kilobytes(bytes.length) + ")");
            result.add(link);
        }
    }

    static String kilobytes(int bytes) {
        return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }

    private static Map<String, String> sections() {
        var sections = new LinkedHashMap<String, String>();
        sections.put("compliance", "Compliance with the standards");
        sections.put("return-rates", "Return rates");
        sections.put("heat-map", "Residual risk heat map");
        sections.put("movements", "Movements since the last executive meeting");
        sections.put("above-appetite", "Risks above appetite");
        sections.put("overdue-reviews", "Overdue risk reviews");
        sections.put("exceptions", "Action plan exception report");
        sections.put("escalated", "Escalated items");
        sections.put("attendance", "Attendance by organisation");
        return sections;
    }

    /** A calendar quarter, as the backend names it ({@code 2026-Q4}) and as people say it. */
    record Quarter(int year, int number) {

        static List<Quarter> around(LocalDate today) {
            var quarters = new ArrayList<Quarter>();
            LocalDate first = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
            for (int back = -1; back <= 4; back++) {
                LocalDate start = first.minusMonths(3L * back);
                quarters.add(new Quarter(start.getYear(), (start.getMonthValue() - 1) / 3 + 1));
            }
            return quarters;
        }

        String code() {
            return year + "-Q" + number;
        }

        String label() {
            String[] names = { "January to March", "April to June", "July to September", "October to December" };
            return names[number - 1] + " " + year;
        }
    }
}
