package org.jointboard.ui.committee;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jointboard.ui.error.Refusals;
import org.jointboard.ui.form.Drafts;
import org.jointboard.ui.form.ErrorSummary;
import org.jointboard.ui.api.ApiException;
import org.jointboard.ui.committee.CommitteeRecords.CommitteeDetail;
import org.jointboard.ui.committee.CommitteeRecords.Member;
import org.jointboard.ui.committee.CommitteeRecords.MeetingRef;
import org.jointboard.ui.committee.CommitteeRecords.PersonChoice;
import org.jointboard.ui.layout.Links;
import org.jointboard.ui.layout.MainLayout;
import org.jointboard.ui.security.Roles;

/** One body: remit, terms of reference, members, next meeting, open actions and its meetings. */
@Route(value = "committees/:committeeId", layout = MainLayout.class)
@PageTitle("Committee | JointBoard")
@RolesAllowed({ Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER, Roles.COMMITTEE_MEMBER, Roles.AGENCY_LEAD,
        Roles.SCHOOL_LEAD, Roles.VIEWER })
class CommitteeView extends VerticalLayout implements BeforeEnterObserver {

    private final CommitteeClient committees;
    private final boolean admin;
    private CommitteeDetail committee;

    private final org.jointboard.ui.audit.HistoryPanel history;
    private final boolean readsHistory;

    CommitteeView(CommitteeClient committees, AuthenticationContext authentication, org.jointboard.ui.audit.HistoryPanel history) {
        this.committees = committees;
        this.admin = authentication.hasRole(Roles.BOARD_ADMIN);
        this.history = history;
        this.readsHistory = authentication.hasAnyRole(Roles.BOARD_ADMIN, Roles.BOARD_CHAIR);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("committeeId").orElse("");
        committee = committees.committee(id);
        if (committee == null) {
            org.jointboard.ui.error.Missing.backToList(event, StructureView.class, "body");
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        add(new H1(committee.name()));
        String reportsTo = committee.reportsTo() == null ? "" : ", reporting to ";
        var summary = new Paragraph(CommitteeLabels.of(CommitteeLabels.KINDS, committee.kind()) + " for "
                + CommitteeLabels.of(CommitteeLabels.SERVES, committee.serves()).toLowerCase() + reportsTo);
        if (committee.reportsTo() != null) {
            summary.add(Links.to(committee.reportsTo().name(), CommitteeView.class, CommitteeNavigation.committee(committee.reportsTo().id())));
        }
        summary.add(". Chair: " + (committee.chair() == null ? "none at present" : committee.chair().name()) + ".");
        add(summary);
        if (!committee.links().isEmpty()) {
            add(new Paragraph("Works with: " + String.join(", ", committee.links().stream().map(CommitteeRecords.Link::name).toList()) + "."));
        }
        if (committee.remit() != null && !committee.remit().isBlank()) {
            add(new H2("Remit"), new Paragraph(committee.remit()));
        }
        terms();
        members();
        meetings();
        actions();
        if (readsHistory) {
            add(history.of("Committee", committee.id()));
        }
    }

    private void terms() {
        var terms = committee.termsOfReference();
        if (terms == null) {
            return;
        }
        String review = terms.nextReviewDate() == null ? "no review date set"
                : (terms.reviewOverdue() ? "review overdue since " : "next review ") + CommitteeLabels.date(terms.nextReviewDate());
        var details = new Details("Terms of reference, version " + (terms.version() == null ? "not numbered" : terms.version()) + " (" + review + ")",
                new Paragraph(terms.text() == null ? "No text recorded." : terms.text()));
        if (terms.reviewOverdue()) {
            details.getSummary().getElement().getClassList().add("overdue");
        }
        add(details);
    }

    private void members() {
        add(new H2("Members"));
        var grid = new Grid<Member>();
        grid.addColumn(m -> m.person().name()).setHeader("Name").setSortable(true).setFlexGrow(2);
        grid.addColumn(m -> CommitteeLabels.of(CommitteeLabels.ROLES, m.role())).setHeader("Role").setSortable(true);
        grid.addColumn(m -> m.representing() == null ? "Independent" : m.representing().name()).setHeader("Represents").setSortable(true).setFlexGrow(2);
        grid.addColumn(m -> CommitteeLabels.date(m.startDate())).setHeader("Since");
        grid.setItems(committee.members());
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", "Members of " + committee.name());
        grid.setEmptyStateText("No members yet.");
        add(grid);
        if (admin) {
            add(new Button("Add member", VaadinIcon.PLUS.create(), event -> openAddMember()));
        }
    }

    private void meetings() {
        add(new H2("Meetings"));
        if (committee.nextMeeting() != null) {
            var next = new Paragraph("Next meeting: ");
            next.add(Links.to(CommitteeLabels.date(committee.nextMeeting().date()), MeetingView.class,
                    CommitteeNavigation.meeting(committee.nextMeeting().id())));
            add(next);
        } else {
            add(new Paragraph("No meeting scheduled."));
        }
        var list = new UnorderedList();
        for (MeetingRef meeting : committees.recentMeetings(committee.id())) {
            var item = new ListItem(Links.to(CommitteeLabels.date(meeting.date()) + " – " + meeting.title(), MeetingView.class,
                    CommitteeNavigation.meeting(meeting.id())));
            list.add(item);
        }
        add(list);
        if (committee.canManageMeetings()) {
            var date = new DatePicker("Date of the new meeting", LocalDate.now().plusWeeks(4));
            var binder = new Binder<>(MeetingDraft.class);
            binder.forField(date).asRequired("Choose the date of the meeting, for example 23/11/2026").bind("date");
            var schedule = new Button("Schedule meeting", event -> Drafts.written(binder).ifPresent(draft -> {
                try {
                    String id = committees.scheduleMeeting(committee.id(), draft.date());
                    getUI().ifPresent(ui -> ui.navigate(MeetingView.class, CommitteeNavigation.meeting(id)));
                } catch (ApiException refused) {
                    Refusals.show(refused, Map.of("date", date));
                }
            }));
            schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var scheduling = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(date, schedule);
            scheduling.setAlignItems(Alignment.BASELINE);
            add(scheduling);
        }
    }

    private void actions() {
        add(new H2("Open actions"));
        if (committee.openActions().isEmpty()) {
            add(new Paragraph("No open actions."));
            return;
        }
        var list = new UnorderedList();
        committee.openActions().forEach(action -> list.add(new ListItem(new Span(action.description()
                + (action.lead() == null ? "" : " – lead: " + action.lead().name())
                + (action.dueDate() == null ? "" : ", due " + CommitteeLabels.date(action.dueDate()))))));
        add(list);
    }

    private void openAddMember() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Add a member to " + committee.name());
        var person = new ComboBox<PersonChoice>("Person");
        List<PersonChoice> people = committee.partnerships().stream().flatMap(p -> committees.people(p.code()).stream()).distinct().toList();
        person.setItems(people);
        person.setItemLabelGenerator(PersonChoice::label);
        var role = new ComboBox<String>("Role");
        role.setItems("CHAIR", "VICE_CHAIR", "MEMBER", "ADVISER", "LAY_MEMBER", "OBSERVER", "SECRETARIAT");
        role.setItemLabelGenerator(r -> CommitteeLabels.of(CommitteeLabels.ROLES, r));
        role.setValue("MEMBER");
        var start = new DatePicker("From", LocalDate.now());
        var end = new DatePicker("Until (leave empty if open-ended)");
        var form = new FormLayout(person, role, start, end);
        var binder = new Binder<>(MemberDraft.class);
        binder.forField(person).asRequired("Choose the person").bind("person");
        binder.forField(role).asRequired("Choose the role").bind("role");
        binder.forField(start).asRequired("Enter the date the membership starts").bind("startDate");
        binder.forField(end).withValidator(until -> until == null || start.getValue() == null || !until.isBefore(start.getValue()),
                "The end cannot be before the start").bind("endDate");
        var problems = new ErrorSummary();
        var save = new Button("Add", event -> Drafts.written(binder, problems).ifPresent(draft -> {
            try {
                committees.addMember(draft.toInput(committee.id(), committee.version()));
                dialog.close();
                committee = committees.committee(committee.id());
                render();
            } catch (ApiException refused) {
                Refusals.show(refused, Map.of("role", role, "startDate", start, "endDate", end), person);
            }
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(problems, form);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), save);
        dialog.open();
    }

    /** What the schedule-a-meeting form edits. */
    public record MeetingDraft(LocalDate date) {
    }

    /** What the add-a-member form edits. */
    public record MemberDraft(PersonChoice person, String role, LocalDate startDate, LocalDate endDate) {

        Map<String, Object> toInput(String committeeId, int version) {
            var input = new HashMap<String, Object>();
            input.put("committeeId", committeeId);
            input.put("version", version);
            input.put("personId", person.id());
            input.put("role", role);
            input.put("startDate", startDate.toString());
            if (endDate != null) {
                input.put("endDate", endDate.toString());
            }
            return input;
        }
    }
}
