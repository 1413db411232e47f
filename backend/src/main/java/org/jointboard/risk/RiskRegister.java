package org.jointboard.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jointboard.common.KeysetPage;
import org.jointboard.partnership.Person;
import org.jointboard.partnership.PersonService;
import org.jointboard.risk.RiskInputs.RiskFilter;
import org.jointboard.risk.internal.RiskRepository;
import org.jointboard.risk.internal.RiskSettingsRepository;
import org.jointboard.security.CurrentUser;
import org.jointboard.security.Roles;
import org.jointboard.security.CurrentUsers;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The board's risk register as its readers see it: the executive group, the chair and committee members read it
 * whole; viewers read the published register without internal commentary; agency and school leads see none of it.
 */
@Service
@PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER','COMMITTEE_MEMBER','VIEWER')")
public class RiskRegister {

    private static final Sort REGISTER_ORDER = Sort.by(Sort.Order.desc("residualScore"), Sort.Order.asc("reference"), Sort.Order.asc("id"));

    private final RiskRepository risks;
    private final RiskSettingsRepository settingsStore;
    private final MongoOperations mongo;
    private final KeysetPage pages;
    private final PersonService people;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    RiskRegister(RiskRepository risks, RiskSettingsRepository settingsStore, MongoOperations mongo, KeysetPage pages, PersonService people,
            CurrentUsers currentUsers, Clock clock) {
        this.risks = risks;
        this.settingsStore = settingsStore;
        this.mongo = mongo;
        this.pages = pages;
        this.people = people;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether the caller may read commentary, controls and acceptance details, not just the published register. */
    public boolean mayReadInternal() {
        CurrentUser user = currentUsers.current();
        return user.isBoardStaff();
    }

    /** Whether the caller may review each risk: a board admin, or its owner if their role may own risks. */
    public Map<Risk, Boolean> reviewable(List<Risk> list) {
        boolean admin = currentUsers.current().hasRole(Roles.BOARD_ADMIN);
        Set<String> mine = admin || list.isEmpty() ? Set.of() : myOwnerPersonIds();
        var result = new java.util.IdentityHashMap<Risk, Boolean>();
        list.forEach(risk -> result.put(risk, admin || (risk.getOwnerPersonId() != null && mine.contains(risk.getOwnerPersonId()))));
        return result;
    }

    public RiskSettings settings(String partnershipCode) {
        currentUsers.requireWorksFor(partnershipCode);
        return settingsOf(partnershipCode);
    }

    /** The register, highest residual score first. */
    public Window<Risk> register(String partnershipCode, RiskFilter filter, ScrollSubrange subrange) {
        currentUsers.requireWorksFor(partnershipCode);
        return pages.scroll(Risk.class, criteria(partnershipCode, filter), REGISTER_ORDER, subrange);
    }

    public Risk find(String id) {
        return risks.findById(id).filter(r -> currentUsers.current().worksFor(r.getPartnershipCode())).orElse(null);
    }

    /** Risks by id that the caller may read (one query; none for a role that reads no risks), for links from other records. */
    @PreAuthorize("isAuthenticated()")
    public Map<String, Risk> readableByIds(java.util.Collection<String> ids) {
        CurrentUser user = currentUsers.current();
        if (ids.isEmpty() || !user.hasAnyRole(java.util.List.of(Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER,
                Roles.COMMITTEE_MEMBER, Roles.VIEWER))) {
            return Map.of();
        }
        var result = new LinkedHashMap<String, Risk>();
        risks.findAllById(new java.util.HashSet<>(ids)).stream().filter(r -> user.worksFor(r.getPartnershipCode()))
                .forEach(r -> result.put(r.getId(), r));
        return result;
    }

    /** Links to the risks raised from each of these returns, as the caller may follow them. */
    @PreAuthorize("isAuthenticated()")
    public Map<String, List<org.jointboard.common.RecordLink>> linksByReturn(java.util.Collection<String> returnIds) {
        var found = mongo.find(Query.query(Criteria.where("source.returnId").in(returnIds)).with(REGISTER_ORDER), Risk.class);
        Map<String, Risk> readable = readableByIds(found.stream().map(Risk::getId).toList());
        Map<String, List<org.jointboard.common.RecordLink>> result = new LinkedHashMap<>();
        for (Risk risk : found) {
            var link = readable.containsKey(risk.getId()) ? new org.jointboard.common.RecordLink("Risk", risk.getId(), risk.getReference(), risk.getTitle(), true)
                    : org.jointboard.common.RecordLink.hidden("Risk", risk.getId());
            result.computeIfAbsent(risk.getSource().returnId(), k -> new ArrayList<>()).add(link);
        }
        return result;
    }

    /** The executive overview's four lists, worked out from one read of the partnership's risks. */
    public record Overview(List<HeatMapCell> heatMap, List<RiskMovement> movements, List<Risk> aboveAppetite, List<Risk> overdue) {
    }

    public Overview overview(String partnershipCode, LocalDate since) {
        currentUsers.requireWorksFor(partnershipCode);
        List<Risk> all = allOf(partnershipCode);
        return new Overview(heatMapOf(all), movementsOf(all, since), aboveAppetiteOf(all, settingsOf(partnershipCode)), overdueOf(all, today()));
    }

    /** Counts of open risks in each of the 25 residual cells. */
    public List<HeatMapCell> heatMap(String partnershipCode) {
        currentUsers.requireWorksFor(partnershipCode);
        return heatMapOf(allOf(partnershipCode));
    }

    /** Open risks whose residual score is above their category's appetite, in register order. */
    public List<Risk> aboveAppetite(String partnershipCode) {
        currentUsers.requireWorksFor(partnershipCode);
        return aboveAppetiteOf(allOf(partnershipCode), settingsOf(partnershipCode));
    }

    /** Risks whose review date has passed (for an accepted risk: its acceptance has run out), oldest due first. */
    public List<Risk> overdue(String partnershipCode) {
        currentUsers.requireWorksFor(partnershipCode);
        return overdueOf(allOf(partnershipCode), today());
    }

    /** Risks reviewed since a date whose residual score moved, with the score then and now. */
    public List<RiskMovement> movementsSince(String partnershipCode, LocalDate since) {
        currentUsers.requireWorksFor(partnershipCode);
        return movementsOf(allOf(partnershipCode), since);
    }

    /** Every risk of the partnership, closed ones too, in register order (one query, on the partnership's index). */
    private List<Risk> allOf(String partnershipCode) {
        return mongo.find(Query.query(Criteria.where("partnershipCode").is(partnershipCode)).with(REGISTER_ORDER), Risk.class);
    }

    private static List<HeatMapCell> heatMapOf(List<Risk> risks) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        risks.stream().filter(risk -> risk.getStatus() != RiskStatus.CLOSED && risk.getResidual() != null)
                .forEach(risk -> counts.merge(risk.getResidual().likelihood() + "x" + risk.getResidual().impact(), 1, Integer::sum));
        var cells = new ArrayList<HeatMapCell>();
        for (int likelihood = 5; likelihood >= 1; likelihood--) {
            for (int impact = 1; impact <= 5; impact++) {
                cells.add(new HeatMapCell(likelihood, impact, counts.getOrDefault(likelihood + "x" + impact, 0)));
            }
        }
        return cells;
    }

    private static List<Risk> aboveAppetiteOf(List<Risk> risks, RiskSettings settings) {
        return risks.stream().filter(risk -> risk.aboveAppetite(settings)).toList();
    }

    private static List<Risk> overdueOf(List<Risk> risks, LocalDate today) {
        return risks.stream().filter(risk -> risk.getStatus() != RiskStatus.CLOSED && risk.reviewOverdue(today))
                .sorted(java.util.Comparator.comparing(Risk::getNextReviewDue).thenComparing(Risk::getReference)).toList();
    }

    private static List<RiskMovement> movementsOf(List<Risk> risks, LocalDate since) {
        return risks.stream().filter(risk -> risk.getReviews().stream().anyMatch(review -> !review.date().isBefore(since)))
                .map(risk -> new RiskMovement(risk, risk.residualScoreOn(since.minusDays(1)), risk.getResidualScore()))
                .filter(movement -> movement.scoreThen() != movement.scoreNow()).toList();
    }

    /** The caller's person records that may act as a risk's owner: none unless their role may own risks. */
    private Set<String> myOwnerPersonIds() {
        return currentUsers.current().hasAnyRole(Roles.MAY_OWN_RISKS)
                ? people.ofCurrentUser().stream().map(Person::getId).collect(java.util.stream.Collectors.toSet()) : Set.of();
    }

    RiskSettings settingsOf(String partnershipCode) {
        return settingsStore.findById(partnershipCode).orElseGet(() -> RiskSettings.defaults(partnershipCode));
    }

    private Criteria criteria(String partnershipCode, RiskFilter filter) {
        Criteria criteria = Criteria.where("partnershipCode").is(partnershipCode);
        RiskFilter f = filter == null ? new RiskFilter(null, null, null, null, null, null, null, null) : filter;
        if (!Boolean.TRUE.equals(f.includeClosed())) {
            criteria = criteria.and("status").ne(RiskStatus.CLOSED.name());
        }
        if (f.category() != null) {
            criteria = criteria.and("category").is(f.category());
        }
        if (f.scope() != null) {
            criteria = criteria.and("scope").is(f.scope());
        }
        if (f.ownerPersonId() != null) {
            criteria = criteria.and("ownerPersonId").is(f.ownerPersonId());
        }
        if (f.level() != null) {
            criteria = criteria.and("residualScore").gte(f.level().lowest()).lte(f.level().highest());
        }
        if (f.residualLikelihood() != null) {
            criteria = criteria.and("residual.likelihood").is(f.residualLikelihood());
        }
        if (f.residualImpact() != null) {
            criteria = criteria.and("residual.impact").is(f.residualImpact());
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            criteria = criteria.and("nextReviewDue").lt(today());
        }
        return criteria;
    }
}
