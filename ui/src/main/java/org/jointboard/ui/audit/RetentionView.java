package org.jointboard.ui.audit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.jointboard.ui.api.ApiException;
import org.jointboard.ui.audit.RetentionClient.Item;
import org.jointboard.ui.audit.RetentionClient.KindReport;
import org.jointboard.ui.audit.RetentionClient.Person;
import org.jointboard.ui.audit.RetentionClient.Policy;
import org.jointboard.ui.audit.RetentionClient.Report;
import org.jointboard.ui.audit.RetentionClient.Rule;
import org.jointboard.ui.error.Refusals;
import org.jointboard.ui.layout.MainLayout;
import org.jointboard.ui.layout.MyPartnerships;
import org.jointboard.ui.layout.MyPartnerships.PartnershipName;
import org.jointboard.ui.layout.PartnershipChoice;
import org.jointboard.ui.security.Roles;

/**
 * Retention for the business unit: how long each kind of record is kept, the legal holds that stop deletion, a check
 * of what a run would delete (today or on a later day), the run itself, and a subject access export of one person.
 */
@Route(value = "audit/retention", layout = MainLayout.class)
@PageTitle("Retention | JointBoard")
@Menu(order = 91, title = "Retention")
@RolesAllowed(Roles.BOARD_ADMIN)
class RetentionView extends VerticalLayout {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    final ComboBox<PartnershipName> partnership = new ComboBox<>("Partnership");
    private final RetentionClient retention;
    private final FormLayout periods = new FormLayout();
    private final Map<String, IntegerField> years = new LinkedHashMap<>();
    private final Paragraph policyStatus = new Paragraph();
    private final LegalHoldsPanel holds;
    final DatePicker asOf = new DatePicker("On");
    private final Div dryRunResult = new Div();
    private final Div runResult = new Div();
    private final ComboBox<Person> person = new ComboBox<>("Person");
    private final TextField reason = new TextField("Request reference or reason");
    private final Div exportResult = new Div();
    private Policy policy;

    RetentionView(RetentionClient retention, MyPartnerships partnerships) {
        this.retention = retention;
        this.holds = new LegalHoldsPanel(retention, () -> dryRunResult.removeAll());
        dryRunResult.setWidthFull();
        runResult.setWidthFull();
        policyStatus.getElement().setAttribute("role", "status");
        var save = new Button("Save the policy", event -> savePolicy());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        asOf.setMin(LocalDate.now());
        asOf.setValue(LocalDate.now());
        asOf.setHelperText("Today, or a later day to see what will go by then");
        var check = new Button("Check what would be deleted", event -> dryRun());
        var checkRow = new HorizontalLayout(asOf, check);
        checkRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        var run = new Button("Delete now…", event -> confirmRun());
        run.addThemeVariants(ButtonVariant.LUMO_ERROR);

        person.setItemLabelGenerator(Person::name);
        reason.setHelperText("Kept in the audit trail with the export");
        var export = new Button("Prepare the export", event -> export());
        var exportRow = new HorizontalLayout(person, reason, export);
        exportRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        exportRow.setWrap(true);

        add(new H1("Retention"),
                new Paragraph("How long this partnership keeps its records, what must not be deleted, and the run that deletes what has passed its time. "
                        + "A run every night does the same for every partnership; a record filed under several partnerships goes only when every "
                        + "one of their policies lets it go and none of them holds it."),
                partnership,
                new H2("How long records are kept"), periods, save, policyStatus,
                new H2("Legal holds"), holds,
                new H2("Check what would be deleted"), new Paragraph("Nothing is changed by a check."), checkRow, dryRunResult,
                new H2("Delete what has passed its time"),
                new Paragraph("Each kind is first written to an archive file (with its checksum), then deleted; the audit trail records each kind's count "
                        + "and the archive's checksum."), run, runResult,
                new H2("Subject access"), new Paragraph("Everything JointBoard holds about one person in this partnership, as a JSON file: their record, "
                        + "memberships, attendance, the actions they lead, the risks they own and the changes they made. The export is recorded in the audit trail."),
                exportRow, exportResult);
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
        policy = retention.policy(code());
        periods.removeAll();
        years.clear();
        for (Rule rule : policy.rules()) {
            var field = new IntegerField(rule.label());
            field.setSuffixComponent(new Div("years"));
            field.setValue(rule.years());
            field.setMin(rule.minimumYears());
            field.setStepButtonsVisible(true);
            field.setHelperText(capitalised(rule.runsFrom()) + ". Default " + rule.defaultYears() + "; at least " + rule.minimumYears() + ".");
            years.put(rule.kind(), field);
            periods.add(field);
        }
        policyStatus.setText(policy.version() == null ? "This partnership keeps the defaults." : "");
        holds.show(code());
        dryRunResult.removeAll();
        runResult.removeAll();
        exportResult.removeAll();
        person.setItems(retention.people(code()));
    }

    private void savePolicy() {
        var given = new LinkedHashMap<String, Integer>();
        years.forEach((kind, field) -> {
            field.setInvalid(false);
            given.put(kind, field.getValue() == null ? -1 : field.getValue());
        });
        try {
            policy = retention.setPolicy(code(), policy.version(), given);
            policyStatus.setText("Policy saved.");
            dryRunResult.removeAll();
        } catch (ApiException refused) {
            var fields = new LinkedHashMap<String, IntegerField>();
            var kinds = given.keySet().stream().toList();
            for (int i = 0; i < kinds.size(); i++) {
                fields.put("rules[" + i + "].years", years.get(kinds.get(i)));
            }
            policyStatus.setText("");
            Refusals.show(refused, fields);
        }
    }

    private void dryRun() {
        try {
            Report report = retention.dryRun(code(), asOf.getValue());
            asOf.setInvalid(false);
            dryRunResult.removeAll();
            boolean redacts = report.kinds().stream().anyMatch(k -> k.due() > 0 && "REDACT".equals(k.disposal()));
            dryRunResult.add(report(report, "On " + DAY.format(report.asOf()) + ", " + (report.total() == 0 ? "nothing would be deleted."
                    : report.total() + " record" + (report.total() == 1 ? "" : "s") + " would be deleted" + (redacts ? " or have names removed." : "."))));
        } catch (ApiException refused) {
            Refusals.show(refused, Map.of("asOf", asOf));
        }
    }

    private void confirmRun() {
        Report due = retention.dryRun(code(), null);
        var dialog = new Dialog();
        dialog.setHeaderTitle("Delete records past their time?");
        if (due.total() == 0) {
            dialog.add(new Paragraph("Nothing has passed its time today: there is nothing to delete."));
            dialog.getFooter().add(new Button("Close", event -> dialog.close()));
        } else {
            String what = due.kinds().stream().filter(k -> k.due() > 0).map(k -> k.due() + " " + k.label().toLowerCase(java.util.Locale.UK))
                    .collect(Collectors.joining("; "));
            dialog.add(new Paragraph("This deletes " + what + ". It cannot be undone in JointBoard; the archive files keep a copy."));
            var delete = new Button("Delete " + due.total() + " record" + (due.total() == 1 ? "" : "s"), event -> {
                dialog.close();
                run();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), delete);
        }
        dialog.open();
    }

    private void run() {
        try {
            Report done = retention.run(code());
            runResult.removeAll();
            var summary = report(done, done.total() == 0 ? "Nothing was due." : "Done: " + done.total() + " record" + (done.total() == 1 ? "" : "s")
                    + " deleted or with names removed. Each kind is recorded in the audit trail.");
            done.kinds().stream().filter(k -> k.archive() != null).forEach(k -> summary.add(new Paragraph("Archive for " + k.label() + ": "
                    + k.archive().name() + " (" + k.archive().records() + " records, SHA-256 " + k.archive().sha256() + ")")));
            summary.add(new RouterLink("Open the audit trail", AuditTrailView.class));
            runResult.add(summary);
            dryRunResult.removeAll();
            holds.show(code());
        } catch (ApiException refused) {
            Refusals.show(refused);
        }
    }

    private void export() {
        exportResult.removeAll();
        if (person.getValue() == null) {
            person.setErrorMessage("Choose the person the request is about");
            person.setInvalid(true);
            return;
        }
        person.setInvalid(false);
        try {
            var export = retention.exportSubjectAccess(person.getValue().id(), reason.getValue());
            reason.setInvalid(false);
            byte[] json = export.json().getBytes(StandardCharsets.UTF_8);
            String counts = export.sections().stream().map(s -> s.records() + " " + words(s.name())).collect(Collectors.joining(", "));
            var status = new Paragraph("Ready: " + counts + ".");
            status.getElement().setAttribute("role", "status");
            exportResult.add(status, new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(json), export.fileName(),
                    "application/json", json.length)), AttachmentType.DOWNLOAD, "Download " + export.fileName()));
        } catch (ApiException refused) {
            Refusals.show(refused, Map.of("reason", reason, "person", person));
        }
    }

    private VerticalLayout report(Report report, String headline) {
        var layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setWidthFull();
        var summary = new Paragraph(headline);
        summary.getElement().setAttribute("role", "status");
        layout.add(summary);
        for (KindReport kind : report.kinds()) {
            if (kind.due() == 0 && kind.held() == 0 && kind.keptLonger() == 0) {
                continue;
            }
            layout.add(new H3(kind.label() + (kind.years() == null ? "" : " (kept " + kind.years() + " years)")));
            var counts = new StringBuilder(kind.due() + (report.dryRun() ? " would " : " ") + ("REDACT".equals(kind.disposal()) ? "have names removed" : report.dryRun()
                    ? "be deleted" : "deleted"));
            if (kind.held() > 0) {
                counts.append("; ").append(kind.held()).append(" kept by a legal hold");
            }
            if (kind.keptLonger() > 0) {
                counts.append("; ").append(kind.keptLonger()).append(" kept longer by another partnership's policy");
            }
            layout.add(new Paragraph(counts.toString()));
            if (!kind.records().isEmpty()) {
                var grid = new Grid<Item>(Item.class, false);
                grid.addColumn(Item::label).setHeader("Record").setFlexGrow(2);
                grid.addColumn(item -> DAY.format(item.since())).setHeader("Time counted from").setAutoWidth(true);
                grid.addColumn(item -> item.heldBy() == null ? (report.dryRun() ? "Would go" : "Gone") : "Kept: " + item.heldBy()).setHeader("Outcome").setFlexGrow(2);
                grid.setItems(kind.records());
                grid.setWidthFull();
                grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
                grid.setAllRowsVisible(kind.records().size() <= 20);
                layout.add(grid);
            }
        }
        return layout;
    }

    private static String words(String section) {
        return section.replaceAll("([A-Z])", " $1").toLowerCase(java.util.Locale.UK);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
