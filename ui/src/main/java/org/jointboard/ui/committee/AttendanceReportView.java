package org.jointboard.ui.committee;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jointboard.ui.committee.CommitteeRecords.AttendanceReport;
import org.jointboard.ui.committee.CommitteeRecords.Rate;
import org.jointboard.ui.layout.MainLayout;
import org.jointboard.ui.layout.MyPartnerships;
import org.jointboard.ui.layout.MyPartnerships.PartnershipName;
import org.jointboard.ui.layout.PartnershipChoice;
import org.jointboard.ui.security.Roles;

/** Attendance rates by organisation, member and body over a period, sortable and downloadable as CSV. */
@Route(value = "attendance", layout = MainLayout.class)
@PageTitle("Attendance | JointBoard")
@Menu(order = 30, title = "Attendance")
@RolesAllowed({ Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER, Roles.COMMITTEE_MEMBER, Roles.VIEWER })
class AttendanceReportView extends VerticalLayout {

    final ComboBox<PartnershipName> partnership = new ComboBox<>("Partnership");
    final DatePicker from = new DatePicker("From", LocalDate.now().minusYears(1));
    final DatePicker to = new DatePicker("To", LocalDate.now());
    final Grid<Rate> byOrganisation = rateGrid("Organisation");
    final Grid<Rate> byMember = rateGrid("Member");
    final Grid<Rate> byCommittee = rateGrid("Body");
    private final CommitteeClient committees;
    private AttendanceReport report;

    AttendanceReportView(CommitteeClient committees, MyPartnerships partnerships, org.jointboard.ui.export.ExportClient exports) {
        this.committees = committees;
        setSizeFull();
        partnership.addValueChangeListener(event -> load());
        from.addValueChangeListener(event -> load());
        to.addValueChangeListener(event -> load());
        var export = new org.jointboard.ui.export.ExportMenu(exports).both("Attendance", "attendance", () -> Map.of(
                "partnership", partnership.getValue().code(), "from", String.valueOf(from.getValue()), "to", String.valueOf(to.getValue())));
        var bar = new HorizontalLayout(partnership, from, to, export);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        // a choice of one of three tables (a tab set here is read out as a tab list without its tabs: axe, critical)
        var view = new RadioButtonGroup<String>("Show attendance");
        view.setItems("By organisation", "By member", "By body");
        view.setValue("By organisation");
        byMember.setVisible(false);
        byCommittee.setVisible(false);
        view.addValueChangeListener(event -> {
            byOrganisation.setVisible("By organisation".equals(event.getValue()));
            byMember.setVisible("By member".equals(event.getValue()));
            byCommittee.setVisible("By body".equals(event.getValue()));
        });
        add(new H1("Attendance"), new Paragraph("Rate = meetings attended (in person or by a deputy) ÷ meetings held while they were a member, "
                + "counting only meetings whose attendance was recorded. Apologies count as not attended."), bar, view,
                byOrganisation, byMember, byCommittee);
        PartnershipChoice.bind(partnership, partnerships.list(), PartnershipName::code, PartnershipName::name);
    }

    private void load() {
        if (partnership.getValue() == null || from.getValue() == null || to.getValue() == null) {
            return;
        }
        if (to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage("The end of the period is before its start");
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        report = committees.attendanceReport(partnership.getValue().code(), from.getValue(), to.getValue());
        byOrganisation.setItems(report.byOrganisation());
        byMember.setItems(report.byMember());
        byCommittee.setItems(report.byCommittee());
    }

    private static Grid<Rate> rateGrid(String nameHeader) {
        var grid = new Grid<Rate>();
        grid.addColumn(Rate::name).setHeader(nameHeader).setSortable(true).setComparator(Comparator.comparing(Rate::name)).setFlexGrow(3);
        grid.addColumn(Rate::attended).setHeader("Attended").setSortable(true).setComparator(Comparator.comparingInt(Rate::attended));
        grid.addColumn(Rate::expected).setHeader("Expected").setSortable(true).setComparator(Comparator.comparingInt(Rate::expected));
        grid.addColumn(Rate::percentLabel).setHeader("Rate").setSortable(true)
                .setComparator(Comparator.comparing(Rate::percent, Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.getElement().setAttribute("aria-label", "Attendance by " + nameHeader.toLowerCase());
        grid.setEmptyStateText("No recorded meetings in this period.");
        return grid;
    }
}
