package org.jointboard.actionplan;

import static org.jointboard.common.DataLoaders.loadIfPresent;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import org.jointboard.actionplan.ActionInputs.ActionFilter;
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
import org.jointboard.actionplan.ActionPlans.RagCount;
import org.jointboard.assessment.AuditReturn;
import org.jointboard.assessment.AuditReturns;
import org.jointboard.committee.Committee;
import org.jointboard.committee.CommitteeService;
import org.jointboard.common.RecordLink;
import org.jointboard.partnership.Organisation;
import org.jointboard.partnership.Person;
import org.jointboard.risk.Risk;
import org.jointboard.risk.RiskRegister;
import org.jointboard.security.CurrentUsers;
import org.jointboard.security.Roles;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class ActionPlanGraphQlController {

    private final ActionPlans reads;
    private final ActionPlanService plans;
    private final RiskRegister risks;
    private final AuditReturns returns;
    private final CommitteeService committees;
    private final CurrentUsers currentUsers;

    ActionPlanGraphQlController(ActionPlans reads, ActionPlanService plans, RiskRegister risks, AuditReturns returns,
            CommitteeService committees, CurrentUsers currentUsers) {
        this.reads = reads;
        this.plans = plans;
        this.risks = risks;
        this.returns = returns;
        this.committees = committees;
        this.currentUsers = currentUsers;
    }

    record CreateActionPlanPayload(ActionPlan plan) { }
    record UpdateActionPlanPayload(ActionPlan plan) { }
    record SavePlanItemPayload(ActionPlan plan) { }
    record RespondToRecommendationPayload(ActionPlan plan) { }
    record RaiseActionPayload(Action action) { }
    record RaiseActionFromReturnPayload(Action action) { }
    record UpdateActionPayload(Action action) { }
    record RecordActionProgressPayload(Action action) { }
    record SaveActionProgressDraftPayload(ActionDraft draft) { }
    record OverrideActionRagPayload(Action action) { }
    record UpdateActionSettingsPayload(ActionSettings settings) { }
    record ActionCounts(List<RagCountView> byPlan, List<RagCountView> byBody) { }
    record RagCountView(String key, String name, int red, int amber, int green, int closed, int total) {
        static RagCountView of(RagCount count, String name) {
            return new RagCountView(count.key(), name, count.red(), count.amber(), count.green(), count.closed(), count.total());
        }
    }
    /** An item of a plan with the plan it belongs to, so its actions load for all items at once. */
    record PlanItemView(ActionPlan plan, PlanItem item) { }

    @QueryMapping
    List<ActionPlan> actionPlans(@Argument String partnership, @Argument ActionPlan.Kind kind) {
        return reads.plansOf(partnership, kind);
    }

    @QueryMapping
    ActionPlan actionPlan(@Argument String id) {
        return reads.plan(id);
    }

    @QueryMapping
    Action action(@Argument String id) {
        return reads.action(id);
    }

    @QueryMapping
    Window<Action> actions(@Argument String partnership, @Argument ActionFilter filter, ScrollSubrange subrange) {
        return reads.actions(partnership, filter, subrange);
    }

    @QueryMapping
    Window<Action> actionExceptions(@Argument String partnership, @Argument ActionFilter filter, ScrollSubrange subrange) {
        return reads.exceptions(partnership, filter, subrange);
    }

    @QueryMapping
    Window<Action> myActions(ScrollSubrange subrange) {
        return reads.mine(subrange);
    }

    @QueryMapping
    ActionCounts actionCounts(@Argument String partnership) {
        var counts = reads.counts(partnership);
        var byPlan = counts.byPlan();
        var byBody = counts.byBody();
        Map<String, String> planTitles = reads.plansOf(partnership, null).stream().collect(Collectors.toMap(ActionPlan::getId, ActionPlan::getTitle));
        Map<String, Committee> bodies = committees.byIds(byBody.stream().map(RagCount::key).filter(java.util.Objects::nonNull).toList());
        return new ActionCounts(byPlan.stream().map(c -> RagCountView.of(c, planTitles.get(c.key()))).toList(),
                byBody.stream().map(c -> RagCountView.of(c, c.key() == null ? "No owning body" : bodies.containsKey(c.key()) ? bodies.get(c.key()).getName() : null)).toList());
    }

    @QueryMapping
    ActionSettings actionSettings(@Argument String partnership) {
        return reads.settings(partnership);
    }

    @MutationMapping
    CreateActionPlanPayload createActionPlan(@Argument CreateActionPlanInput input) {
        return new CreateActionPlanPayload(plans.createPlan(input));
    }

    @MutationMapping
    UpdateActionPlanPayload updateActionPlan(@Argument UpdateActionPlanInput input) {
        return new UpdateActionPlanPayload(plans.updatePlan(input));
    }

    @MutationMapping
    SavePlanItemPayload savePlanItem(@Argument SavePlanItemInput input) {
        return new SavePlanItemPayload(plans.saveItem(input));
    }

    @MutationMapping
    RespondToRecommendationPayload respondToRecommendation(@Argument RespondToRecommendationInput input) {
        return new RespondToRecommendationPayload(plans.respond(input));
    }

    @MutationMapping
    RaiseActionPayload raiseAction(@Argument RaiseActionInput input) {
        return new RaiseActionPayload(plans.raise(input));
    }

    @MutationMapping
    RaiseActionFromReturnPayload raiseActionFromReturn(@Argument RaiseActionFromReturnInput input) {
        return new RaiseActionFromReturnPayload(plans.raiseFromReturn(input));
    }

    @MutationMapping
    UpdateActionPayload updateAction(@Argument UpdateActionInput input) {
        return new UpdateActionPayload(plans.update(input));
    }

    @MutationMapping
    RecordActionProgressPayload recordActionProgress(@Argument RecordActionProgressInput input) {
        return new RecordActionProgressPayload(plans.recordProgress(input));
    }

    @MutationMapping
    SaveActionProgressDraftPayload saveActionProgressDraft(@Argument SaveActionProgressDraftInput input) {
        return new SaveActionProgressDraftPayload(plans.saveDraft(input));
    }

    @MutationMapping
    OverrideActionRagPayload overrideActionRag(@Argument OverrideActionRagInput input) {
        return new OverrideActionRagPayload(plans.overrideRag(input));
    }

    @MutationMapping
    UpdateActionSettingsPayload updateActionSettings(@Argument UpdateActionSettingsInput input) {
        return new UpdateActionSettingsPayload(plans.updateSettings(input));
    }

    // --- plans

    @SchemaMapping(typeName = "ActionPlan")
    CompletableFuture<Committee> owningBody(ActionPlan plan, DataLoader<String, Committee> bodies) {
        return loadIfPresent(bodies, plan.getOwningBodyId());
    }

    @SchemaMapping(typeName = "ActionPlan")
    List<PlanItemView> items(ActionPlan plan) {
        return plan.getItems().stream().map(item -> new PlanItemView(plan, item)).toList();
    }

    @BatchMapping(typeName = "PlanItem")
    Map<PlanItemView, List<Action>> actions(List<PlanItemView> items, graphql.GraphQLContext context) {
        Map<String, List<Action>> byPlan = planActions(items.stream().map(PlanItemView::plan).distinct().toList(), context);
        var result = new IdentityHashMap<PlanItemView, List<Action>>();
        items.forEach(view -> result.put(view, byPlan.getOrDefault(view.plan().getId(), List.of()).stream()
                .filter(a -> view.item().code().equals(a.getItemCode())).toList()));
        return result;
    }

    @BatchMapping(typeName = "ActionPlan")
    Map<ActionPlan, List<Action>> otherActions(List<ActionPlan> list, graphql.GraphQLContext context) {
        Map<String, List<Action>> byPlan = planActions(list, context);
        var result = new IdentityHashMap<ActionPlan, List<Action>>();
        list.forEach(plan -> result.put(plan, byPlan.getOrDefault(plan.getId(), List.of()).stream()
                .filter(a -> a.getItemCode() == null || plan.item(a.getItemCode()).isEmpty()).toList()));
        return result;
    }

    @BatchMapping(typeName = "ActionPlan")
    Map<ActionPlan, RagCountView> counts(List<ActionPlan> list, graphql.GraphQLContext context) {
        Map<String, List<Action>> byPlan = planActions(list, context);
        Map<Action, ActionRag> rags = reads.rags(byPlan.values().stream().flatMap(List::stream).toList(), lookups(context));
        var result = new IdentityHashMap<ActionPlan, RagCountView>();
        for (ActionPlan plan : list) {
            int[] n = new int[ActionRag.values().length];
            byPlan.getOrDefault(plan.getId(), List.of()).forEach(a -> n[rags.get(a).ordinal()]++);
            result.put(plan, RagCountView.of(new RagCount(plan.getId(), n[0], n[1], n[2], n[3]), plan.getTitle()));
        }
        return result;
    }

    @SchemaMapping(typeName = "ActionPlan")
    boolean canManage(ActionPlan plan) {
        var user = currentUsers.current();
        return user.hasRole(Roles.BOARD_ADMIN) && user.worksFor(plan.getPartnershipCode());
    }

    @SchemaMapping(typeName = "ActionPlan")
    int version(ActionPlan plan) {
        return plan.getVersion() == null ? 0 : plan.getVersion().intValue();
    }

    @SchemaMapping(typeName = "PlanItem")
    String code(PlanItemView view) {
        return view.item().code();
    }

    @SchemaMapping(typeName = "PlanItem")
    PlanItem.Kind kind(PlanItemView view) {
        return view.item().kind();
    }

    @SchemaMapping(typeName = "PlanItem")
    String title(PlanItemView view) {
        return view.item().title();
    }

    @SchemaMapping(typeName = "PlanItem")
    String description(PlanItemView view) {
        return view.item().description();
    }

    @SchemaMapping(typeName = "PlanItem")
    String addressee(PlanItemView view) {
        return view.item().addressee();
    }

    @SchemaMapping(typeName = "PlanItem")
    CompletableFuture<Person> lead(PlanItemView view, DataLoader<String, Person> people) {
        return loadIfPresent(people, view.item().leadPersonId());
    }

    @SchemaMapping(typeName = "PlanItem")
    PlanItem.Response response(PlanItemView view) {
        return view.item().response();
    }

    @SchemaMapping(typeName = "PlanItem")
    String responseReason(PlanItemView view) {
        return view.item().responseReason();
    }

    @SchemaMapping(typeName = "PlanItem")
    LocalDate respondedOn(PlanItemView view) {
        return view.item().respondedOn();
    }

    // --- actions

    @BatchMapping(typeName = "Action")
    Map<Action, ActionPlan> plan(List<Action> list) {
        Map<String, ActionPlan> byId = reads.readablePlans(list.stream().map(Action::getPlanId).toList());
        var result = new IdentityHashMap<Action, ActionPlan>();
        list.stream().filter(a -> byId.containsKey(a.getPlanId())).forEach(a -> result.put(a, byId.get(a.getPlanId())));
        return result;
    }

    @SchemaMapping(typeName = "Action")
    CompletableFuture<Person> lead(Action action, DataLoader<String, Person> people) {
        return loadIfPresent(people, action.getLeadPersonId());
    }

    @SchemaMapping(typeName = "Action")
    CompletableFuture<Organisation> leadOrganisation(Action action, DataLoader<String, Organisation> organisations) {
        return loadIfPresent(organisations, action.getLeadOrganisationCode());
    }

    @SchemaMapping(typeName = "Action")
    CompletableFuture<Committee> owningBody(Action action, DataLoader<String, Committee> bodies) {
        return loadIfPresent(bodies, action.getOwningBodyId());
    }

    @SchemaMapping(typeName = "Action")
    boolean overdue(Action action) {
        return !action.isClosed() && action.getDueOn().isBefore(reads.today());
    }

    @BatchMapping(typeName = "Action")
    Map<Action, ActionRag> rag(List<Action> list, graphql.GraphQLContext context) {
        return reads.rags(list, lookups(context));
    }

    @BatchMapping(typeName = "Action")
    Map<Action, String> ragWords(List<Action> list, graphql.GraphQLContext context) {
        var result = new IdentityHashMap<Action, String>();
        reads.rags(list, lookups(context)).forEach((action, rag) -> result.put(action, action.getRagOverride() == null ? rag.words()
                : rag.words().substring(0, rag.words().indexOf(':')) + ": set by hand, " + action.getRagOverride().reason()));
        return result;
    }

    @BatchMapping(typeName = "Action")
    Map<Action, List<ProgressUpdate>> progress(List<Action> list, graphql.GraphQLContext context) {
        return reads.progress(list, lookups(context));
    }

    @BatchMapping(typeName = "Action")
    Map<Action, ProgressUpdate> latestUpdate(List<Action> list, graphql.GraphQLContext context) {
        var result = new IdentityHashMap<Action, ProgressUpdate>();
        reads.progress(list, lookups(context)).forEach((action, visible) -> {
            if (!visible.isEmpty()) {
                result.put(action, visible.getLast());
            }
        });
        return result;
    }

    @BatchMapping(typeName = "Action")
    Map<Action, ActionDraft> myDraft(List<Action> list) {
        Map<String, ActionDraft> drafts = plans.draftsOf(list);
        var result = new IdentityHashMap<Action, ActionDraft>();
        list.stream().filter(a -> drafts.containsKey(a.getId())).forEach(a -> result.put(a, drafts.get(a.getId())));
        return result;
    }

    @BatchMapping(typeName = "Action")
    Map<Action, RecordLink> risk(List<Action> list) {
        Map<String, Risk> readable = risks.readableByIds(list.stream().map(Action::getRiskId).filter(java.util.Objects::nonNull).distinct().toList());
        var result = new IdentityHashMap<Action, RecordLink>();
        list.stream().filter(a -> a.getRiskId() != null).forEach(a -> {
            Risk risk = readable.get(a.getRiskId());
            result.put(a, risk == null ? RecordLink.hidden("Risk", a.getRiskId())
                    : new RecordLink("Risk", risk.getId(), risk.getReference(), risk.getTitle(), true));
        });
        return result;
    }

    @BatchMapping(typeName = "ActionSource")
    Map<ActionSource, RecordLink> auditReturn(List<ActionSource> sources) {
        Map<String, AuditReturn> readable = returns.readableByIds(sources.stream().map(ActionSource::returnId).distinct().toList());
        var result = new IdentityHashMap<ActionSource, RecordLink>();
        sources.forEach(s -> {
            AuditReturn r = readable.get(s.returnId());
            result.put(s, r == null ? RecordLink.hidden("AuditReturn", s.returnId())
                    : new RecordLink("AuditReturn", r.getId(), r.getCycleTitle(), r.getOrganisationName(), true));
        });
        return result;
    }

    @BatchMapping(typeName = "Action")
    Map<Action, Boolean> canEdit(List<Action> list, graphql.GraphQLContext context) {
        return permission(list, context, ActionPermissions::canEdit);
    }

    @BatchMapping(typeName = "Action")
    Map<Action, Boolean> canRecordProgress(List<Action> list, graphql.GraphQLContext context) {
        return permission(list, context, ActionPermissions::canRecordProgress);
    }

    @BatchMapping(typeName = "Action")
    Map<Action, Boolean> canOverrideRag(List<Action> list, graphql.GraphQLContext context) {
        return permission(list, context, ActionPermissions::canOverrideRag);
    }

    @SchemaMapping(typeName = "Action")
    int version(Action action) {
        return action.getVersion() == null ? 0 : action.getVersion().intValue();
    }

    @SchemaMapping(typeName = "ActionProgressDraft")
    String savedAt(ActionDraft draft) {
        return draft.savedAt().toString();
    }

    @SchemaMapping(typeName = "ActionSettings")
    int version(ActionSettings settings) {
        return settings.getVersion() == null ? 0 : settings.getVersion().intValue();
    }

    // --- links from the records actions come from

    @BatchMapping(typeName = "Risk", field = "actions")
    Map<Risk, List<RecordLink>> riskActions(List<Risk> list) {
        Map<String, List<RecordLink>> links = reads.linksByRisk(list.stream().map(Risk::getId).toList());
        var result = new IdentityHashMap<Risk, List<RecordLink>>();
        list.forEach(risk -> result.put(risk, links.getOrDefault(risk.getId(), List.of())));
        return result;
    }

    @BatchMapping(typeName = "AuditReturn", field = "actions")
    Map<AuditReturn, List<RecordLink>> returnActions(List<AuditReturn> list) {
        Map<String, List<RecordLink>> links = reads.linksByReturn(list.stream().map(AuditReturn::getId).toList());
        var result = new IdentityHashMap<AuditReturn, List<RecordLink>>();
        list.forEach(r -> result.put(r, links.getOrDefault(r.getId(), List.of())));
        return result;
    }

    /** The lookups of this request, shared by every batch of actions it resolves. */
    private static Lookups lookups(graphql.GraphQLContext context) {
        return context.computeIfAbsent("actionplan.lookups", key -> new Lookups());
    }

    /** The actions of these plans the caller may read, by plan: read once per request for the items, other actions and counts. */
    private Map<String, List<Action>> planActions(List<ActionPlan> list, graphql.GraphQLContext context) {
        if (list.isEmpty()) {
            return Map.of();
        }
        return lookups(context).planActions(list.stream().map(ActionPlan::getId).toList(), reads::ofPlans);
    }

    private Map<Action, Boolean> permission(List<Action> list, graphql.GraphQLContext context,
            java.util.function.Function<ActionPermissions, Boolean> which) {
        var result = new IdentityHashMap<Action, Boolean>();
        reads.permissions(list, false, lookups(context)).forEach((action, p) -> result.put(action, which.apply(p)));
        return result;
    }
}
