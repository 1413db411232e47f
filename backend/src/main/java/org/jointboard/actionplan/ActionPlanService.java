package org.jointboard.actionplan;

import static org.jointboard.common.Text.blankToNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.bson.Document;
import org.jointboard.actionplan.ActionInputs.ActionFields;
import org.jointboard.actionplan.ActionInputs.ActionPlanFields;
import org.jointboard.actionplan.ActionInputs.CreateActionPlanInput;
import org.jointboard.actionplan.ActionInputs.OverrideActionRagInput;
import org.jointboard.actionplan.ActionInputs.RaiseActionFromReturnInput;
import org.jointboard.actionplan.ActionInputs.RaiseActionInput;
import org.jointboard.actionplan.ActionInputs.RecordActionProgressInput;
import org.jointboard.actionplan.ActionInputs.RespondToRecommendationInput;
import org.jointboard.actionplan.ActionInputs.SaveActionProgressDraftInput;
import org.jointboard.actionplan.ActionInputs.SavePlanItemInput;
import org.jointboard.actionplan.ActionInputs.UpdateActionInput;
import org.jointboard.actionplan.ActionInputs.UpdateActionPlanInput;
import org.jointboard.actionplan.ActionInputs.UpdateActionSettingsInput;
import org.jointboard.actionplan.internal.ActionPlanRepository;
import org.jointboard.actionplan.internal.ActionRepository;
import org.jointboard.actionplan.internal.ActionSettingsRepository;
import org.jointboard.assessment.AuditReturns;
import org.jointboard.assessment.ReturnGap;
import org.jointboard.audit.Snapshots;
import org.jointboard.committee.CommitteeService;
import org.jointboard.committee.Meeting;
import org.jointboard.committee.MeetingService;
import org.jointboard.common.NotFoundException;
import org.jointboard.common.RejectedCommand;
import org.jointboard.partnership.PartnershipService;
import org.jointboard.partnership.Person;
import org.jointboard.partnership.PersonService;
import org.jointboard.risk.Risk;
import org.jointboard.risk.RiskRegister;
import org.jointboard.security.CurrentUser;
import org.jointboard.security.CurrentUsers;
import org.jointboard.security.Roles;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/**
 * Changes to action plans: board admins set up plans, their priorities and recommendations and the executive's
 * responses; board admins and the owning body's chair raise and change actions and set a RAG by hand; the action's
 * lead (if their role may lead actions) records its progress. Reading is {@link ActionPlans}.
 */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
public class ActionPlanService {

    private final ActionPlanRepository plans;
    private final ActionRepository actions;
    private final ActionSettingsRepository settingsStore;
    private final ActionPlans reads;
    private final MongoOperations mongo;
    private final PartnershipService partnerships;
    private final PersonService people;
    private final CommitteeService committees;
    private final MeetingService meetings;
    private final RiskRegister risks;
    private final AuditReturns returns;
    private final CurrentUsers currentUsers;
    private final Snapshots snapshots;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    ActionPlanService(ActionPlanRepository plans, ActionRepository actions, ActionSettingsRepository settingsStore, ActionPlans reads,
            MongoOperations mongo, PartnershipService partnerships, PersonService people, CommitteeService committees, MeetingService meetings,
            RiskRegister risks, AuditReturns returns, CurrentUsers currentUsers, Snapshots snapshots, ApplicationEventPublisher events,
            java.time.Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.actions = actions;
        this.settingsStore = settingsStore;
        this.reads = reads;
        this.mongo = mongo;
        this.partnerships = partnerships;
        this.people = people;
        this.committees = committees;
        this.meetings = meetings;
        this.risks = risks;
        this.returns = returns;
        this.currentUsers = currentUsers;
        this.snapshots = snapshots;
        this.events = events;
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public ActionPlan createPlan(@Valid CreateActionPlanInput input) {
        currentUsers.requireWorksFor(input.partnershipCode());
        if (!partnerships.exists(input.partnershipCode())) {
            throw new RejectedCommand("partnershipCode", "There is no partnership with this code");
        }
        var plan = new ActionPlan(null, input.partnershipCode(), details(input.plan(), input.partnershipCode(), null));
        ActionPlan saved = plans.insert(plan);
        events.publishEvent(new ActionPlanChanged("createActionPlan", null, saved));
        return saved;
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public ActionPlan updatePlan(@Valid UpdateActionPlanInput input) {
        ActionPlan plan = managedPlan(input.id());
        var before = snapshots.of(plan);
        plan.describe(details(input.plan(), plan.getPartnershipCode(), plan.getCycleId()));
        return savePlan("updateActionPlan", plan, before, input.version());
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public ActionPlan saveItem(@Valid SavePlanItemInput input) {
        ActionPlan plan = managedPlan(input.planId());
        var before = snapshots.of(plan);
        var item = input.item();
        people.requireOfPartnerships(Map.of("item.leadPersonId", item.leadPersonId() == null ? "" : item.leadPersonId()), plan.getPartnershipCodes());
        plan.saveItem(new PlanItem(item.code().strip(), item.kind(), item.title().strip(), blankToNull(item.description()),
                blankToNull(item.addressee()), blankToNull(item.leadPersonId()), null, null, null));
        return savePlan("savePlanItem", plan, before, input.version());
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public ActionPlan respond(@Valid RespondToRecommendationInput input) {
        ActionPlan plan = managedPlan(input.planId());
        if (input.respondedOn().isAfter(reads.today())) {
            throw new RejectedCommand("respondedOn", "A response cannot be dated in the future");
        }
        var before = snapshots.of(plan);
        plan.respond(input.code(), input.response(), input.reason(), input.respondedOn());
        return savePlan("respondToRecommendation", plan, before, input.version());
    }

    /** Raises an action in a plan. Board admins, or the chair of the body that will own it. */
    public Action raise(@Valid RaiseActionInput input) {
        ActionPlan plan = plans.findById(input.planId()).filter(reads::readable)
                .orElseThrow(() -> new NotFoundException("ActionPlan", input.planId()));
        var action = new Action(plan.getId(), plan.getPartnershipCodes(), nextReference(plan.getPartnershipCode()), reads.today(), null);
        action.describe(details(input.action(), plan, plan.getPartnershipCodes()));
        requireManages(action);
        return insert("raiseAction", action);
    }

    /**
     * Raises an action from a return in one step, carrying the return and standard as its source, into the
     * partnership's improvement plan for the return's cycle (set up by this first action if there is none). A board
     * admin raises it from a gap the partnership's review found; the organisation's lead from any standard of their own
     * return while it is open, filed under every partnership the return covers.
     */
    public Action raiseFromReturn(@Valid RaiseActionFromReturnInput input) {
        CurrentUser user = currentUsers.current();
        boolean admin = user.hasRole(Roles.BOARD_ADMIN);
        if (!admin && !user.hasAnyRole(List.of(Roles.AGENCY_LEAD, Roles.SCHOOL_LEAD))) {
            throw new AccessDeniedException("Board admins raise actions from a return's gaps; the organisation's lead its own");
        }
        ReturnGap gap = admin ? returns.gap(input.returnId(), input.partnershipCode(), input.standardCode())
                : returns.ownStandard(input.returnId(), input.standardCode());
        List<String> filedUnder = admin ? List.of(input.partnershipCode()) : returnPartnerships(input.returnId());
        String home = admin ? input.partnershipCode() : filedUnder.getFirst();
        ActionPlan plan = improvementPlan(home, gap);
        var source = new ActionSource(gap.returnId(), gap.partnershipCode(), gap.standardCode(), gap.organisationCode(), gap.label());
        var action = new Action(plan.getId(), filedUnder, nextReference(home), reads.today(), source);
        ActionFields fields = input.action();
        if (!admin && fields.leadOrganisationCode() != null && !fields.leadOrganisationCode().equals(user.organisation())) {
            throw new RejectedCommand("action.leadOrganisationCode", "Your improvement actions are led by your own organisation");
        }
        action.describe(details(fields, plan, filedUnder));
        if (!admin && action.getLeadOrganisationCode() == null) {
            action.describe(withLeadOrganisation(action, user.organisation()));
        }
        return insert("raiseActionFromReturn", action);
    }

    /** Changes what an action is, who leads it and when. Board admins, or the owning body's chair. */
    public Action update(@Valid UpdateActionInput input) {
        Action action = managedAction(input.id());
        var before = snapshots.of(action);
        ActionPlan plan = plans.findById(action.getPlanId()).orElseThrow();
        action.describe(details(input.action(), plan, action.getPartnershipCodes()));
        requireManages(action);
        return saveAction("updateAction", action, before, input.version());
    }

    /** Records an update on an action: its lead, board admins or the owning body's chair. */
    public Action recordProgress(@Valid RecordActionProgressInput input) {
        Action action = visible(input.actionId());
        if (!reads.permissions(List.of(action), true, new Lookups()).get(action).canRecordProgress()) {
            throw new AccessDeniedException("Only the action's lead, the owning body's chair or the business unit record its progress");
        }
        LocalDate on = input.date() == null ? reads.today() : input.date();
        if (on.isAfter(reads.today())) {
            throw new RejectedCommand("date", "An update cannot be dated in the future");
        }
        CurrentUser user = currentUsers.current();
        var before = snapshots.of(action);
        action.record(new ProgressUpdate(on, clock.instant(), user.username(), user.name(), input.text().strip(), input.status(),
                Boolean.TRUE.equals(input.internal())), input.closedReason(), input.evidenceOfImpact());
        Action saved = saveAction("recordActionProgress", action, before, input.version());
        mongo.remove(Query.query(Criteria.where("_id").is(draftId(saved.getId(), user.username()))), ActionDraft.class);
        return saved;
    }

    /**
     * Keeps what the caller has written of an update so far, one draft per person and action, apart from the action
     * itself: autosaving never conflicts with someone else's change to the action.
     */
    public ActionDraft saveDraft(@Valid SaveActionProgressDraftInput input) {
        Action action = visible(input.actionId());
        if (!reads.permissions(List.of(action), true, new Lookups()).get(action).canRecordProgress()) {
            throw new AccessDeniedException("Only those who record the action's progress keep drafts of it");
        }
        if (action.isClosed()) {
            throw new RejectedCommand("actionId", "This action is closed: it takes no more updates");
        }
        CurrentUser user = currentUsers.current();
        String id = draftId(action.getId(), user.username());
        ActionDraft previous = mongo.findById(id, ActionDraft.class);
        var draft = new ActionDraft(id, action.getId(), action.getPartnershipCodes(), user.username(), blankToNull(input.text()),
                input.status(), Boolean.TRUE.equals(input.internal()), clock.instant());
        mongo.save(draft);
        events.publishEvent(new ActionDraftSaved("saveActionProgressDraft", previous == null ? null : snapshots.of(previous), draft));
        return draft;
    }

    /** The caller's draft updates of these actions, by action id (one query). */
    public Map<String, ActionDraft> draftsOf(List<Action> list) {
        String username = currentUsers.current().username();
        var ids = list.stream().map(a -> draftId(a.getId(), username)).toList();
        var result = new LinkedHashMap<String, ActionDraft>();
        mongo.find(Query.query(Criteria.where("_id").in(ids)), ActionDraft.class).forEach(d -> result.put(d.actionId(), d));
        return result;
    }

    /** Sets the RAG by hand with a reason, or (with no RAG) goes back to the derived one. Board admins or the owning body's chair. */
    public Action overrideRag(@Valid OverrideActionRagInput input) {
        Action action = managedAction(input.actionId());
        var before = snapshots.of(action);
        CurrentUser user = currentUsers.current();
        action.override(input.rag() == null ? null : new RagOverride(input.rag(), blankToNull(input.reason()), user.name(), reads.today()));
        return saveAction("overrideActionRag", action, before, input.version());
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public ActionSettings updateSettings(@Valid UpdateActionSettingsInput input) {
        currentUsers.requireWorksFor(input.partnershipCode());
        ActionSettings settings = settingsStore.findById(input.partnershipCode())
                .orElseGet(() -> settingsStore.insert(ActionSettings.defaults(input.partnershipCode())));
        var before = snapshots.of(settings);
        settings.change(input.warningDays());
        settings.expectVersion(input.version());
        ActionSettings saved = settingsStore.save(settings);
        events.publishEvent(new ActionSettingsChanged("updateActionSettings", before, saved));
        return saved;
    }

    private ActionPlan improvementPlan(String partnershipCode, ReturnGap gap) {
        return plans.findFirstByPartnershipCodeAndKindAndCycleId(partnershipCode, ActionPlan.Kind.AUDIT_IMPROVEMENT, gap.cycleId()).orElseGet(() -> {
            ActionPlan saved = plans.insert(ActionPlan.improvementPlan(partnershipCode, gap.cycleId(), gap.cycleTitle(), reads.today()));
            events.publishEvent(new ActionPlanChanged("raiseActionFromReturn", null, saved));
            return saved;
        });
    }

    private List<String> returnPartnerships(String returnId) {
        var auditReturn = returns.find(returnId);
        return auditReturn.getPartnershipCodes().stream().sorted().toList();
    }

    private ActionPlan.PlanDetails details(ActionPlanFields f, String partnershipCode, String cycleId) {
        if (f.owningBodyId() != null && !f.owningBodyId().isBlank() && !committees.isBodyOf(f.owningBodyId(), partnershipCode)) {
            throw new RejectedCommand("plan.owningBodyId", "Choose one of this partnership's boards or committees");
        }
        return new ActionPlan.PlanDetails(f.kind(), f.reviewKind(), f.title().strip(), f.serves(), f.periodStart(), f.periodEnd(),
                blankToNull(f.owningBodyId()), Boolean.TRUE.equals(f.published()), f.reviewPoints() == null ? List.of() : f.reviewPoints(), cycleId);
    }

    /** Checks the action's references: its priority, lead, owning body, report-back meeting and risk. */
    private Action.ActionDetails details(ActionFields f, ActionPlan plan, List<String> partnershipCodes) {
        String itemCode = blankToNull(f.itemCode());
        if (itemCode != null && plan.item(itemCode).isEmpty()) {
            throw new RejectedCommand("action.itemCode", "This plan has no priority or recommendation " + itemCode);
        }
        String leadPersonId = blankToNull(f.leadPersonId());
        String leadName = blankToNull(f.leadName());
        String leadOrganisation = blankToNull(f.leadOrganisationCode());
        if (leadPersonId != null) {
            people.requireOfPartnerships(Map.of("action.leadPersonId", leadPersonId), partnershipCodes);
            Person lead = people.byIds(List.of(leadPersonId)).get(leadPersonId);
            leadName = lead.getName();
            leadOrganisation = leadOrganisation == null ? lead.getOrganisationCode() : leadOrganisation;
        }
        String owningBodyId = blankToNull(f.owningBodyId()) == null ? plan.getOwningBodyId() : f.owningBodyId();
        if (owningBodyId != null && !committees.isBodyOf(owningBodyId, plan.getPartnershipCode())) {
            throw new RejectedCommand("action.owningBodyId", "Choose one of this partnership's boards or committees");
        }
        LocalDate reportBackOn = null;
        String meetingId = blankToNull(f.reportBackMeetingId());
        if (meetingId != null) {
            Meeting meeting = meetings.find(meetingId);
            if (meeting == null || owningBodyId == null || !meeting.getCommitteeId().equals(owningBodyId)) {
                throw new RejectedCommand("action.reportBackMeetingId", "Choose a meeting of the body that owns the action");
            }
            reportBackOn = meeting.getDate();
        }
        String riskId = blankToNull(f.riskId());
        if (riskId != null) {
            Risk risk = risks.readableByIds(List.of(riskId)).get(riskId);
            if (risk == null || !partnershipCodes.contains(risk.getPartnershipCode())) {
                throw new RejectedCommand("action.riskId", "Choose a risk on this partnership's register");
            }
        }
        return new Action.ActionDetails(itemCode, f.title().strip(), blankToNull(f.description()), leadPersonId, leadName, leadOrganisation,
                owningBodyId, f.startOn(), f.dueOn(), meetingId, reportBackOn, blankToNull(f.expectedOutcome()), riskId);
    }

    private static Action.ActionDetails withLeadOrganisation(Action a, String organisationCode) {
        return new Action.ActionDetails(a.getItemCode(), a.getTitle(), a.getDescription(), a.getLeadPersonId(), a.getLeadName(), organisationCode,
                a.getOwningBodyId(), a.getStartOn(), a.getDueOn(), a.getReportBackMeetingId(), a.getReportBackOn(), a.getExpectedOutcome(), a.getRiskId());
    }

    private ActionPlan managedPlan(String id) {
        ActionPlan plan = plans.findById(id).filter(p -> currentUsers.current().worksFor(p.getPartnershipCode()))
                .orElseThrow(() -> new NotFoundException("ActionPlan", id));
        return plan;
    }

    private Action visible(String id) {
        Action action = reads.action(id);
        if (action == null) {
            throw new NotFoundException("Action", id);
        }
        return action;
    }

    private Action managedAction(String id) {
        Action action = visible(id);
        requireManages(action);
        return action;
    }

    private void requireManages(Action action) {
        if (!reads.permissions(List.of(action), true, new Lookups()).get(action).canEdit()) {
            throw new AccessDeniedException("Only the business unit or the chair of the body that owns the action changes it");
        }
    }

    private ActionPlan savePlan(String mutation, ActionPlan plan, Document before, long version) {
        plan.expectVersion(version);
        ActionPlan saved = plans.save(plan);
        events.publishEvent(new ActionPlanChanged(mutation, before, saved));
        return saved;
    }

    private Action insert(String mutation, Action action) {
        Action saved = actions.insert(action);
        events.publishEvent(new ActionChanged(mutation, null, saved));
        return saved;
    }

    private Action saveAction(String mutation, Action action, Document before, long version) {
        action.expectVersion(version);
        Action saved = actions.save(action);
        events.publishEvent(new ActionChanged(mutation, before, saved));
        return saved;
    }

    private static String draftId(String actionId, String username) {
        return actionId + ":" + username;
    }

    /** A-2026-014: year of raising and a number per partnership and year, from an atomic counter document. */
    private String nextReference(String partnershipCode) {
        int year = reads.today().getYear();
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(partnershipCode + "-" + year)),
                new Update().inc("next", 1), FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, "actionCounters");
        return "A-%d-%03d".formatted(year, ((Number) counter.get("next")).intValue());
    }
}
