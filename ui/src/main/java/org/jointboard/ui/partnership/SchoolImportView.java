package org.jointboard.ui.partnership;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.jointboard.ui.api.GraphQlApi;
import org.jointboard.ui.layout.MainLayout;
import org.jointboard.ui.layout.MyPartnerships;
import org.jointboard.ui.layout.MyPartnerships.PartnershipName;
import org.jointboard.ui.layout.PartnershipChoice;
import org.jointboard.ui.security.Roles;

/**
 * Imports a school register from CSV: upload, see what it would do and every error by line and column, then import.
 * A file with any error imports nothing; the same file imported again changes nothing.
 */
@Route(value = "organisations/import", layout = MainLayout.class)
@PageTitle("Import schools | JointBoard")
@RolesAllowed(Roles.BOARD_ADMIN)
class SchoolImportView extends VerticalLayout {

    static final String SAMPLE = "samples/wolverhampton-schools.csv";

    record RowError(int line, String column, String message) { }

    record Report(int rows, int created, int updated, int unchanged, int errorCount, boolean applied, List<RowError> errors) { }

    private final GraphQlApi api;
    final ComboBox<PartnershipName> partnership = new ComboBox<>("Schools of");
    private final Paragraph summary = new Paragraph();
    private final Grid<RowError> errors = new Grid<>();
    private final H2 errorsHeading = new H2("Errors in the file");
    private final Button importButton = new Button();
    private String csv;

    SchoolImportView(GraphQlApi api, MyPartnerships partnerships) {
        this.api = api;
        partnership.setWidth("22em");
        var upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            csv = new String(data, StandardCharsets.UTF_8);
            preview(metadata.fileName());
        }));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(20 * 1024 * 1024);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span("Drop the register's CSV file here"));
        errors.addColumn(RowError::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(RowError::column).setHeader("Column").setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(RowError::message).setHeader("What is wrong").setFlexGrow(1);
        errors.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        errors.getElement().setAttribute("aria-label", "Errors in the file");
        errors.setAllRowsVisible(true);
        errors.setVisible(false);
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setVisible(false);
        importButton.addClickListener(event -> importFile());
        summary.getElement().setAttribute("role", "status");
        add(new H1("Import a school register"),
                new Paragraph("A CSV file with a header row and the columns urn, name, phase and establishment_type, and if you have "
                        + "them local_authority, head_teacher, dsl_name and dsl_email (reminders about the school's audit go to the DSL's "
                        + "address). Schools already registered are matched by URN and updated; nothing is "
                        + "imported until the whole file is correct."),
                new Anchor(SAMPLE, "Download the sample register (106 Wolverhampton schools)"),
                partnership, upload, summary, importButton, errorsHeading, errors);
        errorsHeading.setVisible(false);
        PartnershipChoice.bind(partnership, partnerships.list(), PartnershipName::code, PartnershipName::name);
    }

    private void preview(String fileName) {
        Report report = api.fetchOperation("schoolImport", "previewSchoolImport", Map.of("input", input()), "previewSchoolImport", Report.class);
        show(report, fileName + ": " + report.rows() + " schools read. ");
    }

    private void importFile() {
        Report report = api.fetchOperation("schoolImport", "importSchools", Map.of("input", input()), "importSchools.report", Report.class);
        show(report, report.applied() ? "Imported. " : "Not imported. ");
        importButton.setVisible(false);
    }

    private Map<String, Object> input() {
        return Map.of("partnership", partnership.getValue() == null ? "" : partnership.getValue().code(), "csv", csv == null ? "" : csv);
    }

    private void show(Report report, String lead) {
        summary.setText(lead + report.created() + " new, " + report.updated() + " updated, " + report.unchanged() + " unchanged"
                + (report.errorCount() == 0 ? "." : "; " + report.errorCount() + (report.errorCount() == 1 ? " error" : " errors")
                + ": correct the file and upload it again. Nothing has been imported."));
        errors.setItems(report.errors());
        errors.setVisible(report.errorCount() > 0);
        errorsHeading.setVisible(report.errorCount() > 0);
        boolean ready = report.errorCount() == 0 && !report.applied() && report.rows() > 0;
        importButton.setText("Import " + report.rows() + (report.rows() == 1 ? " school" : " schools") + " into "
                + (partnership.getValue() == null ? "" : partnership.getValue().name()));
        importButton.setVisible(ready);
    }
}
