package org.jointboard.assessment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import org.jointboard.partnership.Serves;
import org.jointboard.assessment.AssessmentInputs.CreateAuditCycleInput;
import org.jointboard.assessment.AssessmentInputs.IssueAuditCycleInput;
import org.jointboard.assessment.AuditCycle.CycleDetails;
import org.jointboard.assessment.internal.AuditCycleRepository;
import org.jointboard.assessment.internal.AuditReturnRepository;
import org.jointboard.audit.Snapshots;
import org.jointboard.common.NotFoundException;
import org.jointboard.common.RejectedCommand;
import org.jointboard.partnership.Board;
import org.jointboard.partnership.BoardKind;
import org.jointboard.partnership.Organisation;
import org.jointboard.partnership.OrganisationService;
import org.jointboard.partnership.Partnership;
import org.jointboard.partnership.PartnershipService;
import org.jointboard.security.CurrentUser;
import org.jointboard.security.CurrentUsers;
import org.jointboard.security.Roles;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/** Audit cycles: board admins plan and issue them; the board's chair, executive and viewers see them for their partnerships. */
@Service
@Validated
@PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER','VIEWER')")
public class AuditCycleService {

    private static final List<String> STAFF_AND_VIEWERS = List.of(Roles.BOARD_ADMIN, Roles.BOARD_CHAIR, Roles.EXECUTIVE_MEMBER, Roles.VIEWER);

    private final AuditCycleRepository cycles;
    private final AuditReturnRepository returns;
    private final ReturnTallies tallies;
    private final FrameworkService frameworks;
    private final OrganisationService organisations;
    private final PartnershipService partnerships;
    private final MongoOperations mongo;
    private final CurrentUsers currentUsers;
    private final Snapshots snapshots;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LastCycleReturns lastCycle;

    AuditCycleService(AuditCycleRepository cycles, AuditReturnRepository returns, FrameworkService frameworks,
            OrganisationService organisations, PartnershipService partnerships, MongoOperations mongo, CurrentUsers currentUsers,
            Snapshots snapshots, ApplicationEventPublisher events, Clock clock, LastCycleReturns lastCycle, ReturnTallies tallies) {
        this.lastCycle = lastCycle;
        this.tallies = tallies;
        this.cycles = cycles;
        this.returns = returns;
        this.frameworks = frameworks;
        this.organisations = organisations;
        this.partnerships = partnerships;
        this.mongo = mongo;
        this.currentUsers = currentUsers;
        this.snapshots = snapshots;
        this.events = events;
        this.clock = clock;
    }

    /** A partnership's cycles, latest deadline first. */
    public List<AuditCycle> ofPartnership(String partnershipCode) {
        currentUsers.requireWorksFor(partnershipCode);
        return cycles.findByPartnershipCodesOrderByDueOnDesc(partnershipCode);
    }

    /**
     * The cycle, or null if the caller may not see it: board staff and viewers see their partnerships' cycles; an
     * agency or school lead sees the cycles their organisation has a return in.
     */
    @PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER','VIEWER','AGENCY_LEAD','AGENCY_CONTRIBUTOR','SCHOOL_LEAD')")
    public AuditCycle find(String id) {
        CurrentUser user = currentUsers.current();
        return cycles.findById(id).filter(c -> user.hasAnyRole(STAFF_AND_VIEWERS) ? user.worksForAny(c.getPartnershipCodes())
                : user.organisation() != null && returns.existsByCycleIdAndOrganisationCode(c.getId(), user.organisation())).orElse(null);
    }

    /** The cycle for a summary of one of its partnerships, which the caller must work for. */
    public AuditCycle requireFor(String cycleId, String partnershipCode) {
        currentUsers.requireWorksFor(partnershipCode);
        AuditCycle cycle = cycles.findById(cycleId).orElseThrow(() -> new NotFoundException("Audit cycle", cycleId));
        if (!cycle.getPartnershipCodes().contains(partnershipCode)) {
            throw new RejectedCommand("partnership", "This cycle is not run by " + partnershipCode);
        }
        return cycle;
    }

    /**
     * Every partnership's issued cycles of a framework code and period, for comparisons across areas. The caller shows
     * other partnerships' figures only as an anonymised median.
     */
    public List<AuditCycle> issuedIn(String frameworkCode, String period) {
        return mongo.find(Query.query(Criteria.where("frameworkCode").is(frameworkCode).and("period").is(period)
                .and("status").ne(AuditCycle.Status.PLANNED.name())), AuditCycle.class);
    }

    /** The latest earlier cycle of the same framework for this partnership, to compare with; null if none. */
    public AuditCycle previous(AuditCycle cycle, String partnershipCode) {
        var query = Query.query(Criteria.where("partnershipCodes").is(partnershipCode).and("frameworkCode").is(cycle.getFrameworkCode())
                .and("dueOn").lt(cycle.getDueOn()).and("status").ne(AuditCycle.Status.PLANNED.name()))
                .with(org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Order.desc("dueOn"))).limit(1);
        return mongo.findOne(query, AuditCycle.class);
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public AuditCycle create(@Valid CreateAuditCycleInput input) {
        partnerships.requireOwn(input.partnershipCodes());
        Framework framework = frameworks.require(input.frameworkId(), "frameworkId");
        if (input.organisationCodes() != null) {
            var known = organisations.byCodes(input.organisationCodes());
            input.organisationCodes().stream().filter(code -> !known.containsKey(code)).findFirst().ifPresent(code -> {
                throw new RejectedCommand("organisationCodes", "There is no organisation with the code " + code);
            });
        }
        var details = new CycleDetails(input.title().strip(), input.period().strip(), input.partnershipCodes(), input.opensOn(),
                input.dueOn(), input.organisationKinds() == null ? Set.of() : input.organisationKinds(),
                input.organisationCodes() == null ? Set.of() : input.organisationCodes(), input.schoolPhases());
        AuditCycle saved = cycles.insert(new AuditCycle(details, framework));
        events.publishEvent(new AuditCycleChanged("createAuditCycle", null, saved));
        return saved;
    }

    /**
     * Creates one return per organisation in scope, covering the cycle's partnerships it serves, each starting from its
     * organisation's answers of the cycle before ({@link CarryForward}), to confirm or change. Safe to repeat after a
     * failure part-way: organisations that already have a return are skipped (and a unique index backs that up).
     */
    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public AuditCycle issue(@Valid IssueAuditCycleInput input) {
        AuditCycle cycle = cycles.findById(input.id()).orElseThrow(() -> new NotFoundException("Audit cycle", input.id()));
        partnerships.requireOwn(cycle.getPartnershipCodes());
        cycle.requirePlanned();
        if (!java.util.Objects.equals(cycle.getVersion(), input.version())) {
            throw new org.springframework.dao.OptimisticLockingFailureException("Cycle " + cycle.getId() + " changed");
        }
        var before = snapshots.of(cycle);
        Framework framework = frameworks.require(cycle.getFrameworkId(), "id");
        List<Organisation> inScope = organisations.inScope(cycle.getPartnershipCodes(), cycle.getOrganisationKinds(), cycle.getOrganisationCodes())
                .stream().filter(o -> framework.getOrganisationKinds().contains(o.getKind()) || cycle.getOrganisationCodes().contains(o.getCode()))
                .filter(cycle::inPhase)
                .toList();
        if (inScope.isEmpty()) {
            throw new RejectedCommand("id", "No organisation in this cycle's scope serves its partnerships: nothing to issue");
        }
        var boards = partnerships.anyByCodes(cycle.getPartnershipCodes());
        Set<String> alreadyIssued = new HashSet<>(mongo.findDistinct(Query.query(Criteria.where("cycleId").is(cycle.getId())),
                "organisationId", AuditReturn.class, String.class));
        Actor issuer = Actor.of(currentUsers.current());
        var created = new ArrayList<AuditReturn>();
        for (Organisation organisation : inScope) {
            if (alreadyIssued.contains(organisation.getId())) {
                continue;
            }
            List<String> covered = organisation.getPartnershipCodes().stream().filter(cycle.getPartnershipCodes()::contains).toList();
            created.add(new AuditReturn(cycle, framework, organisation, covered, serves(framework, covered, boards), issuer, clock.instant()));
        }
        lastCycle.carryInto(cycle, created, framework);
        returns.insert(created);
        tallies.recordAll(created, alreadyIssued.isEmpty());
        cycle.issued(inScope.size(), clock.instant(), issuer.username());
        cycle.expectVersion(input.version());
        AuditCycle saved = cycles.save(cycle);
        events.publishEvent(new AuditCycleChanged("issueAuditCycle", before, saved));
        return saved;
    }

    /** A return serves the boards of the partnerships it covers, as far as the framework serves them. */
    static Serves serves(Framework framework, List<String> covered, java.util.Map<String, Partnership> boards) {
        if (framework.getServes() != Serves.BOTH) {
            return framework.getServes();
        }
        Set<BoardKind> kinds = new HashSet<>();
        covered.stream().map(boards::get).filter(java.util.Objects::nonNull)
                .forEach(p -> p.getBoards().stream().map(Board::kind).forEach(kinds::add));
        boolean joint = kinds.contains(BoardKind.JOINT);
        return Serves.of(joint || kinds.contains(BoardKind.CHILDREN), joint || kinds.contains(BoardKind.ADULTS));
    }
}
