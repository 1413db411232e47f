package org.jointboard.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.jointboard.common.DataLoaders.loadIfPresent;

import org.dataloader.DataLoader;
import org.jointboard.committee.Committee;
import org.jointboard.committee.MeetingService;
import org.jointboard.partnership.Person;
import org.jointboard.risk.RiskInputs.AcceptRiskInput;
import org.jointboard.risk.RiskInputs.CloseRiskInput;
import org.jointboard.risk.RiskInputs.CommentOnRiskInput;
import org.jointboard.risk.RiskInputs.EscalateRiskInput;
import org.jointboard.risk.RiskInputs.RaiseRiskInput;
import org.jointboard.risk.RiskInputs.ReviewRiskInput;
import org.jointboard.risk.RiskInputs.RiskFilter;
import org.jointboard.risk.RiskInputs.UpdateRiskInput;
import org.jointboard.risk.RiskInputs.UpdateRiskSettingsInput;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class RiskGraphQlController {

    private final RiskService risks;
    private final RiskRegister register;
    private final MeetingService meetings;
    private final org.jointboard.assessment.AuditReturns returns;

    RiskGraphQlController(RiskService risks, RiskRegister register, MeetingService meetings, org.jointboard.assessment.AuditReturns returns) {
        this.returns = returns;
        this.register = register;
        this.risks = risks;
        this.meetings = meetings;
    }

    record RaiseRiskPayload(Risk risk) { }
    record UpdateRiskPayload(Risk risk) { }
    record ReviewRiskPayload(Risk risk) { }
    record CommentOnRiskPayload(Risk risk) { }
    record EscalateRiskPayload(Risk risk) { }
    record AcceptRiskPayload(Risk risk) { }
    record CloseRiskPayload(Risk risk) { }
    record UpdateRiskSettingsPayload(RiskSettings settings) { }
    record CategoryAppetite(String name, int appetite) { }
    record RiskOverview(LocalDate since, List<HeatMapCell> heatMap, List<RiskMovement> movements, List<Risk> aboveAppetite,
            List<Risk> overdueReviews) { }
    /** A review as the caller may see it: commentary and decisions only for those who read internal detail. */
    record RiskReviewView(LocalDate date, String reviewerName, RiskScore residual, String commentary, String decision, Trend trend) { }

    @QueryMapping
    Window<Risk> riskRegister(@Argument String partnership, @Argument RiskFilter filter, ScrollSubrange subrange) {
        return register.register(partnership, filter, subrange);
    }

    @QueryMapping
    Risk risk(@Argument String id) {
        return register.find(id);
    }

    @QueryMapping
    RiskOverview riskOverview(@Argument String partnership, @Argument LocalDate since) {
        LocalDate from = since != null ? since
                : meetings.lastExecutiveMeeting(partnership).orElse(register.today().minusMonths(3));
        RiskRegister.Overview overview = register.overview(partnership, from);
        return new RiskOverview(from, overview.heatMap(), overview.movements(), overview.aboveAppetite(), overview.overdue());
    }

    @QueryMapping
    RiskSettings riskSettings(@Argument String partnership) {
        return register.settings(partnership);
    }

    @MutationMapping
    RaiseRiskPayload raiseRisk(@Argument RaiseRiskInput input) {
        return new RaiseRiskPayload(risks.raise(input));
    }

    @MutationMapping
    UpdateRiskPayload updateRisk(@Argument UpdateRiskInput input) {
        return new UpdateRiskPayload(risks.update(input));
    }

    @MutationMapping
    ReviewRiskPayload reviewRisk(@Argument ReviewRiskInput input) {
        return new ReviewRiskPayload(risks.review(input));
    }

    @MutationMapping
    CommentOnRiskPayload commentOnRisk(@Argument CommentOnRiskInput input) {
        return new CommentOnRiskPayload(risks.comment(input));
    }

    @MutationMapping
    EscalateRiskPayload escalateRisk(@Argument EscalateRiskInput input) {
        return new EscalateRiskPayload(risks.escalate(input));
    }

    @MutationMapping
    AcceptRiskPayload acceptRisk(@Argument AcceptRiskInput input) {
        return new AcceptRiskPayload(risks.accept(input));
    }

    @MutationMapping
    CloseRiskPayload closeRisk(@Argument CloseRiskInput input) {
        return new CloseRiskPayload(risks.close(input));
    }

    @MutationMapping
    UpdateRiskSettingsPayload updateRiskSettings(@Argument UpdateRiskSettingsInput input) {
        return new UpdateRiskSettingsPayload(risks.updateSettings(input));
    }

    @SchemaMapping(typeName = "RiskSettings")
    List<CategoryAppetite> categories(RiskSettings settings) {
        return settings.getAppetiteByCategory().entrySet().stream().map(e -> new CategoryAppetite(e.getKey(), e.getValue())).toList();
    }

    @SchemaMapping(typeName = "RiskSettings")
    int version(RiskSettings settings) {
        return settings.getVersion() == null ? 0 : settings.getVersion().intValue();
    }

    @SchemaMapping(typeName = "RiskScore")
    int score(RiskScore score) {
        return score.score();
    }

    @SchemaMapping(typeName = "RiskScore")
    RiskScore.Level level(RiskScore score) {
        return score.level();
    }

    @SchemaMapping(typeName = "Risk")
    CompletableFuture<Person> owner(Risk risk, DataLoader<String, Person> people) {
        return loadIfPresent(people, risk.getOwnerPersonId());
    }

    @SchemaMapping(typeName = "Risk")
    CompletableFuture<Committee> owningBody(Risk risk, DataLoader<String, Committee> bodies) {
        return loadIfPresent(bodies, risk.getOwningCommitteeId());
    }

    @SchemaMapping(typeName = "RiskControl")
    CompletableFuture<Person> owner(RiskControl control, DataLoader<String, Person> people) {
        return loadIfPresent(people, control.ownerPersonId());
    }

    @SchemaMapping(typeName = "Risk")
    LocalDate lastReviewedOn(Risk risk) {
        return risk.lastReviewedOn();
    }

    @SchemaMapping(typeName = "Risk")
    boolean reviewOverdue(Risk risk) {
        return risk.reviewOverdue(register.today());
    }

    @SchemaMapping(typeName = "Risk")
    Trend trend(Risk risk) {
        return risk.trend();
    }

    @BatchMapping(typeName = "Risk")
    java.util.Map<Risk, Boolean> aboveAppetite(List<Risk> list) {
        var settings = new java.util.HashMap<String, RiskSettings>();
        var result = new java.util.IdentityHashMap<Risk, Boolean>();
        list.forEach(risk -> result.put(risk, risk.aboveAppetite(settings.computeIfAbsent(risk.getPartnershipCode(), register::settings))));
        return result;
    }

    @BatchMapping(typeName = "Risk")
    java.util.Map<Risk, Boolean> canReview(List<Risk> list) {
        return register.reviewable(list);
    }

    @SchemaMapping(typeName = "Risk")
    List<RiskControl> controls(Risk risk) {
        return register.mayReadInternal() ? risk.getControls() : null;
    }

    @SchemaMapping(typeName = "Risk")
    String acceptedBy(Risk risk) {
        return register.mayReadInternal() ? risk.getAcceptedBy() : null;
    }

    @SchemaMapping(typeName = "Risk")
    List<RiskComment> comments(Risk risk) {
        return register.mayReadInternal() ? risk.getComments() : null;
    }

    @SchemaMapping(typeName = "Risk")
    List<RiskReviewView> reviews(Risk risk) {
        boolean internal = register.mayReadInternal();
        return risk.getReviews().stream().map(r -> new RiskReviewView(r.date(), r.reviewerName(), r.residual(),
                internal ? r.commentary() : null, internal ? r.decision() : null, r.trend())).toList();
    }

    @SchemaMapping(typeName = "RiskComment")
    String at(RiskComment comment) {
        return comment.at().toString();
    }

    @BatchMapping(typeName = "Risk")
    java.util.Map<Risk, org.jointboard.common.RecordLink> source(List<Risk> list) {
        var ids = list.stream().filter(r -> r.getSource() != null).map(r -> r.getSource().returnId()).distinct().toList();
        var readable = returns.readableByIds(ids);
        var result = new java.util.IdentityHashMap<Risk, org.jointboard.common.RecordLink>();
        list.stream().filter(r -> r.getSource() != null).forEach(r -> {
            var found = readable.get(r.getSource().returnId());
            result.put(r, found == null ? org.jointboard.common.RecordLink.hidden("AuditReturn", r.getSource().returnId())
                    : new org.jointboard.common.RecordLink("AuditReturn", found.getId(), found.getCycleTitle(), found.getOrganisationName(), true));
        });
        return result;
    }

    @SchemaMapping(typeName = "Risk")
    String sourceLabel(Risk risk) {
        return risk.getSource() == null ? null : risk.getSource().label();
    }

    @BatchMapping(typeName = "AuditReturn", field = "risks")
    java.util.Map<org.jointboard.assessment.AuditReturn, List<org.jointboard.common.RecordLink>> returnRisks(List<org.jointboard.assessment.AuditReturn> list) {
        var links = register.linksByReturn(list.stream().map(org.jointboard.assessment.AuditReturn::getId).toList());
        var result = new java.util.IdentityHashMap<org.jointboard.assessment.AuditReturn, List<org.jointboard.common.RecordLink>>();
        list.forEach(r -> result.put(r, links.getOrDefault(r.getId(), List.of())));
        return result;
    }

    @SchemaMapping(typeName = "RiskMovement")
    Trend trend(RiskMovement movement) {
        return movement.trend();
    }
}
