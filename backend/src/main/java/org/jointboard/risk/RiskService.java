package org.jointboard.risk;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;

import jakarta.validation.Valid;
import org.bson.Document;
import org.jointboard.audit.Snapshots;
import org.jointboard.common.NotFoundException;
import org.jointboard.common.RejectedCommand;
import static org.jointboard.common.Text.blankToNull;
import org.jointboard.partnership.PartnershipService;
import org.jointboard.partnership.Person;
import org.jointboard.partnership.PersonService;
import org.jointboard.risk.RiskInputs.AcceptRiskInput;
import org.jointboard.risk.RiskInputs.CloseRiskInput;
import org.jointboard.risk.RiskInputs.CommentOnRiskInput;
import org.jointboard.risk.RiskInputs.EscalateRiskInput;
import org.jointboard.risk.RiskInputs.RaiseRiskInput;
import org.jointboard.risk.RiskInputs.ReviewRiskInput;
import org.jointboard.risk.RiskInputs.RiskFields;
import org.jointboard.risk.RiskInputs.UpdateRiskInput;
import org.jointboard.risk.RiskInputs.UpdateRiskSettingsInput;
import org.jointboard.risk.internal.RiskRepository;
import org.jointboard.risk.internal.RiskSettingsRepository;
import org.jointboard.security.CurrentUser;
import org.jointboard.security.Roles;
import org.jointboard.security.CurrentUsers;

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
 * Changes to the board's risk register: board admins raise, update, escalate, accept and close risks and set the
 * categories; a risk's owner records its reviews; the executive group and the chair comment. Reading is
 * {@link RiskRegister}. Agency and school leads do none of it.
 */
@Service
@Validated
@PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER','COMMITTEE_MEMBER','VIEWER')")
public class RiskService {

    private final RiskRepository risks;
    private final RiskSettingsRepository settingsStore;
    private final MongoOperations mongo;
    private final PartnershipService partnerships;
    private final PersonService people;
    private final org.jointboard.committee.CommitteeService committees;
    private final CurrentUsers currentUsers;
    private final Snapshots snapshots;
    private final ApplicationEventPublisher events;
    private final RiskRegister register;
    private final org.jointboard.assessment.AuditReturns returns;
    private final Clock clock;

    RiskService(RiskRepository risks, RiskSettingsRepository settingsStore, MongoOperations mongo, RiskRegister register,
            PartnershipService partnerships, PersonService people, CurrentUsers currentUsers, Snapshots snapshots, ApplicationEventPublisher events, Clock clock,
            org.jointboard.committee.CommitteeService committees, org.jointboard.assessment.AuditReturns returns) {
        this.returns = returns;
        this.risks = risks;
        this.settingsStore = settingsStore;
        this.mongo = mongo;
        this.register = register;
        this.partnerships = partnerships;
        this.people = people;
        this.currentUsers = currentUsers;
        this.snapshots = snapshots;
        this.events = events;
        this.clock = clock;
        this.committees = committees;
    }


    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public Risk raise(@Valid RaiseRiskInput input) {
        currentUsers.requireWorksFor(input.partnershipCode());
        if (!partnerships.exists(input.partnershipCode())) {
            throw new RejectedCommand("partnershipCode", "There is no partnership with this code");
        }
        RiskSettings settings = register.settingsOf(input.partnershipCode());
        var risk = new Risk(input.partnershipCode(), nextReference(input.partnershipCode()), register.today());
        risk.describe(description(input.risk(), input.partnershipCode()), settings);
        if (input.source() != null) {
            var gap = returns.gap(input.source().returnId(), input.partnershipCode(), input.source().standardCode());
            risk.raisedFrom(new RiskSource(gap.returnId(), gap.standardCode(), gap.label()));
        }
        Risk saved = risks.insert(risk);
        events.publishEvent(new RiskChanged("raiseRisk", null, saved));
        return saved;
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public Risk update(@Valid UpdateRiskInput input) {
        Risk risk = visible(input.id());
        var before = snapshots.of(risk);
        risk.describe(description(input.risk(), risk.getPartnershipCode()), register.settingsOf(risk.getPartnershipCode()));
        risk.expectVersion(input.version());
        return save("updateRisk", risk, before);
    }

    /** Records a review. The risk's owner does this (board admins may record it for them). */
    public Risk review(@Valid ReviewRiskInput input) {
        Risk risk = visible(input.riskId());
        CurrentUser user = currentUsers.current();
        Person reviewer = user.hasAnyRole(Roles.MAY_OWN_RISKS) // being named owner never widens a role
                ? people.ofCurrentUser().stream().filter(p -> p.getId().equals(risk.getOwnerPersonId())).findFirst().orElse(null) : null;
        if (reviewer == null && !user.hasRole(Roles.BOARD_ADMIN)) {
            throw new AccessDeniedException("Only the risk's owner (or the business unit) records its reviews");
        }
        if (input.date().isAfter(register.today())) {
            throw new RejectedCommand("date", "A review cannot be dated in the future");
        }
        var before = snapshots.of(risk);
        risk.review(input.date(), reviewer == null ? null : reviewer.getId(), reviewer == null ? user.name() : reviewer.getName(),
                input.residual().toScore(), input.commentary(), input.decision(), register.settingsOf(risk.getPartnershipCode()));
        risk.expectVersion(input.version());
        return save("reviewRisk", risk, before);
    }

    /**
     * Adds a comment from the executive group or the chair. Comments are appended with an atomic update, so two
     * people commenting at once both keep their words; no version is needed, and a comment does not change the risk's
     * version (someone reviewing the risk meanwhile is not refused because of it).
     */
    @PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER')")
    public Risk comment(@Valid CommentOnRiskInput input) {
        Risk risk = visible(input.riskId());
        CurrentUser user = currentUsers.current();
        var comment = new RiskComment(clock.instant(), user.username(), user.name(), input.text().strip());
        appendKeepingVersion(risk, comment);
        Risk saved = risks.findById(risk.getId()).orElseThrow();
        events.publishEvent(new RiskChanged("commentOnRisk", snapshots.of(risk), saved));
        return saved;
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public Risk escalate(@Valid EscalateRiskInput input) {
        Risk risk = visible(input.riskId());
        var before = snapshots.of(risk);
        risk.escalate();
        risk.expectVersion(input.version());
        return save("escalateRisk", risk, before);
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public Risk accept(@Valid AcceptRiskInput input) {
        Risk risk = visible(input.riskId());
        var before = snapshots.of(risk);
        risk.accept(input.approvedBy(), input.expiresOn(), register.today());
        risk.expectVersion(input.version());
        return save("acceptRisk", risk, before);
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public Risk close(@Valid CloseRiskInput input) {
        Risk risk = visible(input.riskId());
        var before = snapshots.of(risk);
        risk.close(input.reason(), register.today());
        risk.expectVersion(input.version());
        return save("closeRisk", risk, before);
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public RiskSettings updateSettings(@Valid UpdateRiskSettingsInput input) {
        currentUsers.requireWorksFor(input.partnershipCode());
        if (input.quarterlyFrom() >= input.monthlyFrom()) {
            throw new RejectedCommand("quarterlyFrom", "Quarterly reviews must start below the score for monthly reviews");
        }
        RiskSettings settings = settingsStore.findById(input.partnershipCode())
                .orElseGet(() -> settingsStore.insert(RiskSettings.defaults(input.partnershipCode())));
        var before = snapshots.of(settings);
        var appetite = new LinkedHashMap<String, Integer>();
        input.categories().forEach(c -> appetite.put(c.name().strip(), c.appetite()));
        settings.change(appetite, input.monthlyFrom(), input.quarterlyFrom());
        settings.expectVersion(input.version());
        RiskSettings saved = settingsStore.save(settings);
        events.publishEvent(new RiskSettingsChanged("updateRiskSettings", before, saved));
        return saved;
    }

    /**
     * Appends the comment and leaves the version as it is, which Spring Data allows for a versioned entity only by
     * setting it to itself; so the update is made on the version just read, and made again if a review came first.
     */
    private void appendKeepingVersion(Risk read, RiskComment comment) {
        Risk risk = read;
        for (int attempt = 0; attempt < 20; attempt++) {
            var written = mongo.updateFirst(Query.query(Criteria.where("_id").is(risk.getId()).and("version").is(risk.getVersion())),
                    new Update().push("comments", comment).set("version", risk.getVersion()), Risk.class);
            if (written.getMatchedCount() == 1) {
                return;
            }
            risk = risks.findById(read.getId()).orElseThrow(() -> new NotFoundException("Risk", read.getId()));
        }
        throw new org.springframework.dao.OptimisticLockingFailureException("Risk " + read.getId() + " kept changing");
    }

    private Risk visible(String id) {
        Risk risk = register.find(id);
        if (risk == null) {
            throw new NotFoundException("Risk", id);
        }
        return risk;
    }

    private Risk save(String action, Risk risk, Document before) {
        Risk saved = saveKeepingComments(risk);
        events.publishEvent(new RiskChanged(action, before, saved));
        return saved;
    }

    /**
     * Writes every field of the risk but its comments, if its version is still the one the caller saw. Comments only
     * grow, by atomic appends that leave the version alone, so a whole-document save would drop one made meanwhile.
     */
    private Risk saveKeepingComments(Risk risk) {
        Document fields = new Document();
        mongo.getConverter().write(risk, fields);
        Update update = new Update();
        mongo.getConverter().getMappingContext().getRequiredPersistentEntity(Risk.class).doWithProperties(
                (org.springframework.data.mapping.PropertyHandler<org.springframework.data.mongodb.core.mapping.MongoPersistentProperty>) property -> {
                    String field = property.getFieldName();
                    if (property.isIdProperty() || property.isVersionProperty() || field.equals("comments")) {
                        return;
                    }
                    if (fields.containsKey(field)) {
                        update.set(field, fields.get(field));
                    } else {
                        update.unset(field); // cleared since it was read
                    }
                });
        update.inc("version", 1);
        var written = mongo.updateFirst(Query.query(Criteria.where("_id").is(risk.getId()).and("version").is(risk.getVersion())), update, Risk.class);
        if (written.getMatchedCount() == 0) {
            throw new org.springframework.dao.OptimisticLockingFailureException("Risk " + risk.getId() + " changed since version " + risk.getVersion());
        }
        return risks.findById(risk.getId()).orElseThrow();
    }

    private RiskDescription description(RiskFields f, String partnershipCode) {
        var owners = new java.util.LinkedHashMap<String, String>();
        owners.put("ownerPersonId", f.ownerPersonId());
        for (int i = 0; f.controls() != null && i < f.controls().size(); i++) {
            owners.put("controls[" + i + "].ownerPersonId", f.controls().get(i).ownerPersonId());
        }
        people.requireOfPartnerships(owners, List.of(partnershipCode));
        if (f.owningCommitteeId() != null && !f.owningCommitteeId().isBlank() && !committees.isBodyOf(f.owningCommitteeId(), partnershipCode)) {
            throw new RejectedCommand("owningCommitteeId", "Choose one of this partnership's boards or committees");
        }
        List<RiskControl> controls = f.controls() == null ? List.of() : f.controls().stream()
                .map(c -> new RiskControl(c.description().strip(), blankToNull(c.ownerPersonId()), c.effectiveness())).toList();
        return new RiskDescription(f.title().strip(), f.cause(), f.event(), f.consequence(), f.category().strip(), f.scope(),
                blankToNull(f.ownerPersonId()), blankToNull(f.owningCommitteeId()), f.inherent().toScore(), f.residual().toScore(),
                f.residualAboveInherentReason(), f.target() == null ? null : f.target().toScore(), f.targetDate(), controls,
                f.linkedActions() == null ? List.of() : f.linkedActions());
    }

    /** R-2026-014: year of raising and a number per partnership and year, from an atomic counter document. */
    private String nextReference(String partnershipCode) {
        int year = register.today().getYear();
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(partnershipCode + "-" + year)),
                new Update().inc("next", 1), FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, "riskCounters");
        return "R-%d-%03d".formatted(year, ((Number) counter.get("next")).intValue());
    }


}
