package org.jointboard.ui.committee;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jointboard.ui.error.Refusals;
import org.jointboard.ui.api.ApiException;
import org.jointboard.ui.committee.CommitteeRecords.AttendanceRow;
import org.jointboard.ui.committee.CommitteeRecords.ExpectedMember;
import org.jointboard.ui.committee.CommitteeRecords.MeetingDetail;
import org.jointboard.ui.layout.Links;
import org.jointboard.ui.layout.MainLayout;
import org.jointboard.ui.security.Roles;

/** A meeting: agenda, decisions, actions, and a one-click-per-member attendance form for the chair and business unit. */
@Route(value = "meetings/:meetingId", layout = MainLayout.class)
@PageTitle("Meeting | JointBoard")
@RolesAllowed({ Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER, Roles.COMMITTEE_MEMBER, Roles.AGENCY_LEAD,
        Roles.SCHOOL_LEAD, Roles.VIEWER })
class MeetingView extends VerticalLayout implements BeforeEnterObserver {

    /** One member's row of the attendance form. */
    record AttendanceLine(ExpectedMember member, RadioButtonGroup<String> status, TextField deputy) {
    }

    private final CommitteeClient committees;
    private MeetingDetail meeting;
    final List<AttendanceLine> lines = new ArrayList<>();

    private final org.jointboard.ui.audit.HistoryPanel history;
    private final boolean readsHistory;

    MeetingView(CommitteeClient committees, org.jointboard.ui.audit.HistoryPanel history, com.vaadin.flow.spring.security.AuthenticationContext authentication) {
        this.committees = committees;
        this.history = history;
        this.readsHistory = authentication.hasAnyRole(org.jointboard.ui.security.Roles.BOARD_ADMIN, org.jointboard.ui.security.Roles.BOARD_CHAIR);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meeting = committees.meeting(event.getRouteParameters().get("meetingId").orElse(""));
        if (meeting == null) {
            org.jointboard.ui.error.Missing.backToList(event, StructureView.class, "meeting");
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        lines.clear();
        add(new H1(meeting.title() + ", " + CommitteeLabels.date(meeting.date())));
        var back = new Paragraph("Meeting of ");
        back.add(Links.to(meeting.committee().name(), CommitteeView.class, CommitteeNavigation.committee(meeting.committee().id())));
        add(back);
        agenda();
        if (!meeting.decisions().isEmpty()) {
            add(new H2("Decisions"));
            var decisions = new UnorderedList();
            meeting.decisions().forEach(d -> decisions.add(new ListItem(d)));
            add(decisions);
        }
        if (!meeting.actions().isEmpty()) {
            add(new H2("Actions arising"));
            var actions = new UnorderedList();
            meeting.actions().forEach(a -> actions.add(new ListItem((a.done() ? "Done: " : "Open: ") + a.description()
                    + (a.lead() == null ? "" : " – lead: " + a.lead().name()) + (a.dueDate() == null ? "" : ", due " + CommitteeLabels.date(a.dueDate())))));
            add(actions);
        }
        attendance();
        if (readsHistory) {
            add(history.of("Meeting", meeting.id()));
        }
    }

    private void agenda() {
        add(new H2("Agenda"));
        if (meeting.agenda().isEmpty()) {
            add(new Paragraph("No agenda recorded yet."));
            return;
        }
        var agenda = new OrderedList();
        for (var item : meeting.agenda()) {
            var line = new ListItem(new Span(item.title() + (item.owner() == null ? "" : " (" + item.owner().name() + ")")));
            if (item.paperUrl() != null) {
                line.add(new Span(" – "), new Anchor(item.paperUrl(), "paper" + (item.restricted() ? " (restricted)" : "")));
            } else if (item.restricted()) {
                line.add(new Span(" – restricted paper, not shown to you"));
            }
            agenda.add(line);
        }
        add(agenda);
    }

    private void attendance() {
        add(new H2("Attendance"));
        boolean editable = meeting.canManage() && !meeting.attendanceLocked();
        if (meeting.attendanceLocked()) {
            add(new Paragraph("Attendance is locked: it can no longer be changed."));
        } else if (!meeting.canManage()) {
            add(new Paragraph("Only the chair and the business unit record attendance."));
        }
        Map<String, AttendanceRow> recorded = new HashMap<>();
        meeting.attendance().stream().filter(row -> row.person() != null).forEach(row -> recorded.put(row.person().id(), row));
        long formerMembers = meeting.attendance().stream().filter(row -> row.person() == null).count();
        if (formerMembers > 0) {
            add(new Paragraph("The names in this record were removed under the retention policy: " + formerMembers
                    + " former members' attendance is kept, with the organisation each represented."));
        }
        var form = new VerticalLayout();
        form.setPadding(false);
        for (ExpectedMember member : meeting.expectedMembers()) {
            var status = new RadioButtonGroup<String>(member.person().name() + " – " + CommitteeLabels.of(CommitteeLabels.ROLES, member.role())
                    + (member.representing() == null ? "" : ", " + member.representing().name()));
            status.setItems("PRESENT", "APOLOGIES", "ABSENT", "DEPUTY");
            status.setItemLabelGenerator(s -> CommitteeLabels.of(CommitteeLabels.ATTENDANCE, s));
            var deputy = new TextField("Deputy's name");
            AttendanceRow row = recorded.get(member.person().id());
            status.setValue(row == null ? "ABSENT" : row.status());
            deputy.setValue(row == null || row.deputyName() == null ? "" : row.deputyName());
            deputy.setVisible("DEPUTY".equals(status.getValue()));
            status.addValueChangeListener(event -> deputy.setVisible("DEPUTY".equals(event.getValue())));
            status.setReadOnly(!editable);
            deputy.setReadOnly(!editable);
            var line = new HorizontalLayout(status, deputy);
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            line.setWrap(true);
            form.add(line);
            lines.add(new AttendanceLine(member, status, deputy));
        }
        if (meeting.expectedMembers().isEmpty()) {
            form.add(new Paragraph("Nobody was a member on this date."));
        }
        add(form);
        if (editable && !lines.isEmpty()) {
            var everyone = new Button("Mark everyone present", event -> lines.forEach(l -> l.status().setValue("PRESENT")));
            var save = new Button("Save attendance", event -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new HorizontalLayout(everyone, save));
        }
    }

    private void save() {
        var entries = new ArrayList<Map<String, Object>>();
        for (AttendanceLine line : lines) {
            var entry = new HashMap<String, Object>();
            entry.put("personId", line.member().person().id());
            entry.put("status", line.status().getValue());
            if ("DEPUTY".equals(line.status().getValue())) {
                entry.put("deputyName", line.deputy().getValue());
            }
            entries.add(entry);
        }
        try {
            committees.recordAttendance(meeting.id(), meeting.version(), entries);
        } catch (ApiException refused) {
            Refusals.show(refused, this::lineField);
            return;
        }
        meeting = committees.meeting(meeting.id());
        render();
        Notification.show("Attendance saved", 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** "attendance[2].deputyName" → the deputy field of the third line; null for a field of no line. */
    private com.vaadin.flow.component.HasValidation lineField(String field) {
        var match = java.util.regex.Pattern.compile("attendance\\[(\\d+)]\\.(\\w+)").matcher(field == null ? "" : field);
        if (!match.matches() || Integer.parseInt(match.group(1)) >= lines.size()) {
            return null;
        }
        AttendanceLine line = lines.get(Integer.parseInt(match.group(1)));
        return "deputyName".equals(match.group(2)) ? line.deputy() : line.status();
    }
}
