package org.jointboard.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jointboard.actionplan.ActionInputs.ActionFilter;
import org.jointboard.actionplan.internal.ActionPlanRepository;
import org.jointboard.actionplan.internal.ActionRepository;
import org.jointboard.actionplan.internal.ActionSettingsRepository;
import org.jointboard.committee.Committee;
import org.jointboard.committee.CommitteeService;
import org.jointboard.common.KeysetPage;
import org.jointboard.common.RecordLink;
import org.jointboard.partnership.Person;
import org.jointboard.partnership.PersonService;
import org.jointboard.security.CurrentUser;
import org.jointboard.security.CurrentUsers;
import org.jointboard.security.Roles;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Action plans and actions as each reader may see them. Board staff and committee members read every plan of their
 * partnerships, viewers the published ones (without internal notes); agency and school leads see their own
 * organisation's improvement actions; anyone sees the actions they lead. Who may change what is {@link #permissions}.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ActionPlans {

    static final Sort DUE_ORDER = Sort.by(Sort.Order.asc("dueOn"), Sort.Order.asc("reference"), Sort.Order.asc("id"));

    private final ActionPlanRepository plans;
    private final ActionRepository actions;
    private final ActionSettingsRepository settingsStore;
    private final MongoOperations mongo;
    private final KeysetPage pages;
    private final PersonService people;
    private final CommitteeService committees;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ActionPlans(ActionPlanRepository plans, ActionRepository actions, ActionSettingsRepository settingsStore, MongoOperations mongo,
            KeysetPage pages, PersonService people, CommitteeService committees, CurrentUsers currentUsers, Clock clock) {
        this.plans = plans;
        this.actions = actions;
        this.settingsStore = settingsStore;
        this.mongo = mongo;
        this.pages = pages;
        this.people = people;
        this.committees = committees;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER','COMMITTEE_MEMBER','VIEWER')")
    public List<ActionPlan> plansOf(String partnershipCode, ActionPlan.Kind kind) {
        currentUsers.requireWorksFor(partnershipCode);
        return plans.findByPartnershipCodeOrderByPeriodStartDescTitleAsc(partnershipCode).stream()
                .filter(plan -> kind == null || plan.getKind() == kind).filter(this::readable).toList();
    }

    /** The plan, or null if the caller may not read it. */
    public ActionPlan plan(String id) {
        return plans.findById(id).filter(this::readable).orElse(null);
    }

    /** The plans of these ids that the caller may read (one query). */
    public Map<String, ActionPlan> readablePlans(Collection<String> ids) {
        var readable = new java.util.HashMap<>(plansById(ids));
        readable.values().removeIf(plan -> !readable(plan));
        return readable;
    }

    /** The action, or null if the caller may not read it. */
    public Action action(String id) {
        return actions.findById(id).filter(a -> readable(List.of(a)).contains(a)).orElse(null);
    }

    @PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER','COMMITTEE_MEMBER','VIEWER')")
    public ActionSettings settings(String partnershipCode) {
        currentUsers.requireWorksFor(partnershipCode);
        return settingsOf(partnershipCode);
    }

    /** A partnership's actions the caller may read, soonest due first. */
    public Window<Action> actions(String partnershipCode, ActionFilter filter, ScrollSubrange subrange) {
        currentUsers.requireWorksFor(partnershipCode);
        return pages.scroll(Action.class, criteria(partnershipCode, filter == null ? ActionFilter.NONE : filter), DUE_ORDER, subrange);
    }

    /** The exception report (the Wiltshire scrutiny task group's R6): every red and amber action, soonest due first. */
    @PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER','COMMITTEE_MEMBER','VIEWER')")
    public Window<Action> exceptions(String partnershipCode, ActionFilter filter, ScrollSubrange subrange) {
        ActionFilter f = filter == null ? ActionFilter.NONE : filter;
        var rags = f.rag() == null || f.rag().isEmpty() ? List.of(ActionRag.RED, ActionRag.AMBER)
                : f.rag().stream().filter(r -> r == ActionRag.RED || r == ActionRag.AMBER).toList();
        if (rags.isEmpty()) {
            rags = List.of(ActionRag.RED, ActionRag.AMBER);
        }
        return actions(partnershipCode, new ActionFilter(f.plan(), f.body(), f.leadPersonId(), f.organisation(), rags, f.overdue(), false), subrange);
    }

    /** The actions the caller leads, in any of their partnerships, soonest due first. */
    public Window<Action> mine(ScrollSubrange subrange) {
        CurrentUser user = currentUsers.current();
        Set<String> mine = myPersonIds();
        Criteria criteria = Criteria.where("leadPersonId").in(mine).and("partnershipCodes").in(user.partnerships())
                .and("status").nin(Action.CLOSED.stream().map(Enum::name).toList());
        return pages.scroll(Action.class, criteria, DUE_ORDER, subrange);
    }

    /** The actions of these (readable) plans that the caller may read, in plan order. */
    List<Action> ofPlans(List<String> planIds) {
        var found = mongo.find(Query.query(Criteria.where("planId").in(planIds)).with(Sort.by("itemCode", "reference", "id")), Action.class);
        Set<Action> readable = readable(found);
        return found.stream().filter(readable::contains).toList();
    }

    /** Each action's RAG, with its plan's review points and its partnership's warning window (two queries for any number). */
    public Map<Action, ActionRag> rags(List<Action> list) {
        return rags(list, new Lookups());
    }

    Map<Action, ActionRag> rags(List<Action> list, Lookups lookups) {
        Map<String, ActionPlan> byId = lookups.plans(list.stream().map(Action::getPlanId).toList(), this::plansById);
        var result = new IdentityHashMap<Action, ActionRag>();
        for (Action action : list) {
            ActionPlan plan = byId.get(action.getPlanId());
            String partnership = plan == null ? action.getPartnershipCodes().getFirst() : plan.getPartnershipCode();
            int window = lookups.window(partnership, code -> settingsOf(code).getWarningDays());
            result.put(action, RagRule.of(action, today(), window, plan == null ? Optional.empty() : plan.lastReviewPoint(today())));
        }
        return result;
    }

    /** What the caller may do with each action (looking their person records and the owning bodies up once). */
    public Map<Action, ActionPermissions> permissions(List<Action> list) {
        return permissions(list, false, new Lookups());
    }

    /** As {@link #permissions(List)}; for rules, {@code asIfOpen} answers who would be allowed, so a closed action is refused by its rule. */
    Map<Action, ActionPermissions> permissions(List<Action> list, boolean asIfOpen, Lookups lookups) {
        CurrentUser user = currentUsers.current();
        Set<String> mine = user.hasAnyRole(Roles.MAY_LEAD_ACTIONS) ? lookups.myPersonIds(this::myPersonIds) : Set.of();
        Map<String, Boolean> chairs = chairedBodies(list, lookups);
        var result = new IdentityHashMap<Action, ActionPermissions>();
        for (Action action : list) {
            boolean admin = user.hasRole(Roles.BOARD_ADMIN) && user.worksForAny(action.getPartnershipCodes());
            boolean chair = action.getOwningBodyId() != null && chairs.getOrDefault(action.getOwningBodyId(), false);
            boolean lead = action.getLeadPersonId() != null && mine.contains(action.getLeadPersonId());
            boolean open = asIfOpen || !action.isClosed();
            result.put(action, new ActionPermissions(admin || chair, open && (admin || chair || lead), open && (admin || chair)));
        }
        return result;
    }

    /** The progress the caller may read: internal notes only for board staff and the action's lead. */
    public List<ProgressUpdate> progress(Action action) {
        return progress(List.of(action), new Lookups()).get(action);
    }

    Map<Action, List<ProgressUpdate>> progress(List<Action> list, Lookups lookups) {
        CurrentUser user = currentUsers.current();
        Set<String> mine = user.isBoardStaff() || !user.hasAnyRole(Roles.MAY_LEAD_ACTIONS) ? Set.of() : lookups.myPersonIds(this::myPersonIds);
        var result = new IdentityHashMap<Action, List<ProgressUpdate>>();
        for (Action action : list) {
            boolean internal = user.isBoardStaff() || action.getLeadPersonId() != null && mine.contains(action.getLeadPersonId());
            result.put(action, internal ? action.getProgress() : action.getProgress().stream().filter(u -> !u.internal()).toList());
        }
        return result;
    }

    /** Links to the actions raised against each of these risks, as the caller may follow them. */
    public Map<String, List<RecordLink>> linksByRisk(Collection<String> riskIds) {
        return links(Criteria.where("riskId").in(riskIds), Action::getRiskId);
    }

    /** Links to the actions raised from each of these returns, as the caller may follow them. */
    public Map<String, List<RecordLink>> linksByReturn(Collection<String> returnIds) {
        return links(Criteria.where("source.returnId").in(returnIds), a -> a.getSource().returnId());
    }

    /** Counts of a partnership's actions by RAG, per plan and per owning body, from one read of the actions. */
    @PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER','COMMITTEE_MEMBER','VIEWER')")
    public RagCounts counts(String partnershipCode) {
        currentUsers.requireWorksFor(partnershipCode);
        List<Action> all = mongo.find(Query.query(criteria(partnershipCode, new ActionFilter(null, null, null, null, null, null, true))), Action.class);
        Map<Action, ActionRag> rags = rags(all, new Lookups());
        return new RagCounts(count(all, rags, Action::getPlanId), count(all, rags, a -> String.valueOf(a.getOwningBodyId())));
    }

    private static List<RagCount> count(List<Action> all, Map<Action, ActionRag> rags, Function<Action, String> keyOf) {
        var counts = new LinkedHashMap<String, int[]>();
        for (Action action : all) {
            counts.computeIfAbsent(keyOf.apply(action), k -> new int[ActionRag.values().length])[rags.get(action).ordinal()]++;
        }
        return counts.entrySet().stream().map(e -> new RagCount(e.getKey().equals("null") ? null : e.getKey(), e.getValue()[0],
                e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
    }

    /** The counts by plan and by owning body (key null: no owning body). */
    public record RagCounts(List<RagCount> byPlan, List<RagCount> byBody) { }

    /** Counts of a plan's or a body's actions by RAG. */
    public record RagCount(String key, int red, int amber, int green, int closed) {

        public int total() {
            return red + amber + green + closed;
        }
    }

    ActionSettings settingsOf(String partnershipCode) {
        return settingsStore.findById(partnershipCode).orElseGet(() -> ActionSettings.defaults(partnershipCode));
    }

    boolean readable(ActionPlan plan) {
        CurrentUser user = currentUsers.current();
        return user.worksFor(plan.getPartnershipCode()) && user.hasAnyRole(Roles.READ_PLANS)
                && (plan.isPublished() || !user.hasRole(Roles.VIEWER) || user.hasAnyRole(Roles.BOARD_STAFF));
    }

    /** The actions of the list the caller may read (plans and person records looked up once). */
    Set<Action> readable(List<Action> list) {
        CurrentUser user = currentUsers.current();
        Map<String, ActionPlan> byId = user.hasRole(Roles.VIEWER) ? plansOf(list) : Map.of();
        Set<String> mine = list.isEmpty() ? Set.of() : myPersonIds();
        Set<Action> result = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Action action : list) {
            if (!user.worksForAny(action.getPartnershipCodes())) {
                continue;
            }
            boolean lead = action.getLeadPersonId() != null && mine.contains(action.getLeadPersonId());
            boolean ownOrganisation = action.getSource() != null && action.getSource().organisationCode().equals(user.organisation())
                    && user.hasAnyRole(List.of(Roles.AGENCY_LEAD, Roles.SCHOOL_LEAD));
            boolean board = user.hasAnyRole(List.of(Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER, Roles.COMMITTEE_MEMBER));
            boolean published = user.hasRole(Roles.VIEWER) && byId.containsKey(action.getPlanId()) && byId.get(action.getPlanId()).isPublished();
            if (board || lead || ownOrganisation || published) {
                result.add(action);
            }
        }
        return result;
    }

    private Map<String, List<RecordLink>> links(Criteria criteria, Function<Action, String> key) {
        List<Action> found = mongo.find(Query.query(criteria).with(DUE_ORDER), Action.class);
        Set<Action> readable = readable(found);
        Map<String, List<RecordLink>> result = new LinkedHashMap<>();
        for (Action action : found) {
            RecordLink link = readable.contains(action) ? new RecordLink("Action", action.getId(), action.getReference(), action.getTitle(), true)
                    : RecordLink.hidden("Action", action.getId());
            result.computeIfAbsent(key.apply(action), k -> new java.util.ArrayList<>()).add(link);
        }
        return result;
    }

    private Map<String, ActionPlan> plansOf(List<Action> list) {
        return list.isEmpty() ? Map.of() : plansById(list.stream().map(Action::getPlanId).toList());
    }

    private Map<String, Boolean> chairedBodies(List<Action> list, Lookups lookups) {
        Set<String> bodyIds = list.stream().map(Action::getOwningBodyId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        if (bodyIds.isEmpty() || !currentUsers.current().hasAnyRole(Roles.MAY_CHAIR)) {
            return Map.of();
        }
        return lookups.chairs(bodyIds, ids -> {
            List<Committee> bodies = List.copyOf(committees.byIds(ids).values());
            var result = new LinkedHashMap<String, Boolean>();
            committees.manageable(bodies).forEach((body, manages) -> result.put(body.getId(), manages));
            return result;
        });
    }

    private Map<String, ActionPlan> plansById(Collection<String> ids) {
        return plans.findAllById(new HashSet<>(ids)).stream().collect(Collectors.toMap(ActionPlan::getId, Function.identity()));
    }

    Set<String> myPersonIds() {
        return people.ofCurrentUser().stream().map(Person::getId).collect(Collectors.toCollection(HashSet::new));
    }

    /** A partnership's actions the caller may read, narrowed by the filter; RAG in the store by {@link RagRule#criteria}. */
    private Criteria criteria(String partnershipCode, ActionFilter f) {
        CurrentUser user = currentUsers.current();
        Criteria base = Criteria.where("partnershipCodes").is(partnershipCode);
        var and = new java.util.ArrayList<Criteria>();
        and.add(base);
        boolean board = user.hasAnyRole(List.of(Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER, Roles.COMMITTEE_MEMBER));
        List<String> planIds = f.rag() != null && !f.rag().isEmpty() || !board && user.hasRole(Roles.VIEWER)
                ? mongo.findDistinct(Query.query(base), "planId", Action.class, String.class) : List.of();
        Map<String, ActionPlan> byId = planIds.isEmpty() ? Map.of()
                : plans.findAllById(planIds).stream().collect(Collectors.toMap(ActionPlan::getId, Function.identity()));
        if (!board) {
            var readable = new java.util.ArrayList<Criteria>();
            readable.add(Criteria.where("leadPersonId").in(myPersonIds()));
            if (user.hasAnyRole(List.of(Roles.AGENCY_LEAD, Roles.SCHOOL_LEAD)) && user.organisation() != null) {
                readable.add(Criteria.where("source.organisationCode").is(user.organisation()));
            }
            if (user.hasRole(Roles.VIEWER)) {
                readable.add(Criteria.where("planId").in(byId.values().stream().filter(ActionPlan::isPublished).map(ActionPlan::getId).toList()));
            }
            and.add(new Criteria().orOperator(readable));
        }
        if (f.plan() != null) {
            and.add(Criteria.where("planId").is(f.plan()));
        }
        if (f.body() != null) {
            and.add(Criteria.where("owningBodyId").is(f.body()));
        }
        if (f.leadPersonId() != null) {
            and.add(Criteria.where("leadPersonId").is(f.leadPersonId()));
        }
        if (f.organisation() != null) {
            and.add(new Criteria().orOperator(Criteria.where("leadOrganisationCode").is(f.organisation()),
                    Criteria.where("source.organisationCode").is(f.organisation())));
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            and.add(Criteria.where("dueOn").lt(today()));
        }
        if (!Boolean.TRUE.equals(f.includeClosed()) && (f.rag() == null || !f.rag().contains(ActionRag.CLOSED))) {
            and.add(Criteria.where("status").nin(Action.CLOSED.stream().map(Enum::name).toList()));
        }
        if (f.rag() != null && !f.rag().isEmpty()) {
            var points = new LinkedHashMap<String, Optional<LocalDate>>();
            byId.values().forEach(plan -> points.put(plan.getId(), plan.lastReviewPoint(today())));
            and.add(RagRule.criteria(f.rag(), today(), settingsOf(partnershipCode).getWarningDays(), points));
        }
        return new Criteria().andOperator(and);
    }
}
