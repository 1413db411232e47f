package org.jointboard.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import org.jointboard.assessment.AssessmentInputs.AcceptReturnInput;
import org.jointboard.assessment.AssessmentInputs.ImprovementActionInput;
import org.jointboard.assessment.AssessmentInputs.ModerateRatingsInput;
import org.jointboard.assessment.AssessmentInputs.RecordChallengeInput;
import org.jointboard.assessment.AssessmentInputs.ReleaseFeedbackInput;
import org.jointboard.assessment.AssessmentInputs.ReopenReturnInput;
import org.jointboard.assessment.AssessmentInputs.ReturnFilter;
import org.jointboard.assessment.AssessmentInputs.ReturnForChangesInput;
import org.jointboard.assessment.AssessmentInputs.SaveAnswersInput;
import org.jointboard.assessment.AssessmentInputs.SaveImprovementActionsInput;
import org.jointboard.assessment.AssessmentInputs.SubmitReturnInput;
import org.jointboard.assessment.internal.AuditReturnRepository;
import org.jointboard.audit.Snapshots;
import org.jointboard.common.KeysetPage;
import org.jointboard.common.NotFoundException;
import org.jointboard.security.CurrentUser;
import org.jointboard.security.Roles;
import org.jointboard.security.CurrentUsers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/**
 * Returns. An organisation's lead (agency or school) completes and submits their own organisation's returns, for every
 * partnership it serves; board admins see every return of their partnerships, accept or return it for their area and
 * re-open accepted ones; admins and the chair challenge and moderate; the chair and executive read. Viewers see no
 * single return (only the summaries).
 */
@Service
@Validated
@PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER','AGENCY_LEAD','SCHOOL_LEAD')")
public class AuditReturnService {

    private static final Sort TRACKER_ORDER = Sort.by("sortName", "id");

    private final AuditReturnRepository returns;
    private final FrameworkService frameworks;
    private final KeysetPage pages;
    private final CurrentUsers currentUsers;
    private final Snapshots snapshots;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AtomicAnswerSave answerSave;

    AuditReturnService(AuditReturnRepository returns, FrameworkService frameworks, KeysetPage pages, CurrentUsers currentUsers,
            Snapshots snapshots, ApplicationEventPublisher events, Clock clock, AtomicAnswerSave answerSave) {
        this.answerSave = answerSave;
        this.returns = returns;
        this.frameworks = frameworks;
        this.pages = pages;
        this.currentUsers = currentUsers;
        this.snapshots = snapshots;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The caller's own organisation's returns, latest deadline first. */
    @PreAuthorize("hasAnyRole('AGENCY_LEAD','SCHOOL_LEAD')")
    public List<AuditReturn> mine() {
        String organisation = currentUsers.current().organisation();
        return organisation == null ? List.of() : returns.findByOrganisationCodeOrderByDueOnDesc(organisation);
    }

    /** The return, or null if the caller may not see it. */
    public AuditReturn find(String id) {
        return returns.findById(id).filter(this::visible).orElse(null);
    }

    /** A cycle's returns for one partnership, by organisation name; for the business unit's tracker. */
    @PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER')")
    public Window<AuditReturn> ofCycle(String cycleId, String partnershipCode, ReturnFilter filter, ScrollSubrange subrange) {
        currentUsers.requireWorksFor(partnershipCode);
        Criteria criteria = Criteria.where("cycleId").is(cycleId).and("partnershipCodes").is(partnershipCode);
        if (filter != null && filter.states() != null && !filter.states().isEmpty()) {
            criteria = criteria.and("state").in(filter.states().stream().map(Enum::name).toList());
        }
        if (filter != null && Boolean.TRUE.equals(filter.overdueOnly())) {
            criteria = criteria.and("dueOn").lt(today());
            if (filter.states() == null || filter.states().isEmpty()) {
                criteria = criteria.and("state").in(ReturnState.OUTSTANDING.stream().map(Enum::name).toList());
            }
        }
        return pages.scroll(AuditReturn.class, criteria, TRACKER_ORDER, subrange);
    }

    /** What the caller may do with a return, for the ui to offer only that. */
    public ReturnPermissions permissions(AuditReturn auditReturn) {
        CurrentUser user = currentUsers.current();
        boolean lead = isLead(user, auditReturn);
        List<String> areas = auditReturn.getPartnershipCodes().stream().filter(user::worksFor).toList();
        return new ReturnPermissions(lead && auditReturn.getState().editable(),
                user.hasRole(Roles.BOARD_ADMIN) ? areas : List.of(),
                user.hasRole(Roles.BOARD_ADMIN) || user.hasRole(Roles.BOARD_CHAIR) ? areas : List.of());
    }

    /**
     * The return's history as the caller may see it, filtered like the reviews: the organisation's lead sees every
     * step; board staff see steps of no partnership (issued, started, submitted) and their own partnerships' decisions.
     */
    public List<ReturnEvent> events(AuditReturn auditReturn) {
        CurrentUser user = currentUsers.current();
        boolean lead = isLead(user, auditReturn);
        return auditReturn.getEvents().stream()
                .filter(event -> lead || event.partnershipCode() == null || user.worksFor(event.partnershipCode())).toList();
    }

    /** Each partnership's review as the caller may see it: staff see their own partnerships'; the lead sees released feedback. */
    public List<AreaReviewView> reviews(AuditReturn auditReturn) {
        CurrentUser user = currentUsers.current();
        boolean lead = isLead(user, auditReturn);
        return auditReturn.getReviews().stream()
                .filter(review -> lead || user.worksFor(review.getPartnershipCode()))
                .map(review -> AreaReviewView.of(review, !lead || review.isFeedbackReleased())).toList();
    }

    /** An answer's addenda as the caller may see them: the lead sees all, staff their own partnerships'. */
    public List<Addendum> addenda(AuditReturn auditReturn, Answer answer) {
        CurrentUser user = currentUsers.current();
        return isLead(user, auditReturn) ? answer.addenda()
                : answer.addenda().stream().filter(a -> user.worksFor(a.partnershipCode())).toList();
    }

    /**
     * Autosave. Only answers changed since the editor saw them are refused (CONFLICT); two people answering different
     * questions of one return at the same moment both keep their work: each save is one update conditioned on its
     * own answers' revisions ({@link AtomicAnswerSave}).
     */
    @PreAuthorize("hasAnyRole('AGENCY_LEAD','SCHOOL_LEAD')")
    public AuditReturn saveAnswers(@Valid SaveAnswersInput input) {
        var changes = IntStream.range(0, input.answers().size())
                .mapToObj(i -> input.answers().get(i).toChange("answers[" + i + "]")).toList();
        AuditReturn before = ownForEditing(input.returnId());
        Framework framework = framework(before);
        Actor actor = actor();
        var audited = snapshots.of(before); // before the save: the first attempt plans on this same document
        AuditReturn saved = answerSave.save(before, framework, read -> read.planAnswers(framework, changes, actor, clock.instant()));
        events.publishEvent(new ReturnChanged("saveAnswers", audited, saved));
        return saved;
    }

    @PreAuthorize("hasAnyRole('AGENCY_LEAD','SCHOOL_LEAD')")
    public AuditReturn saveActions(@Valid SaveImprovementActionsInput input) {
        return change("saveImprovementActions", ownForEditing(input.returnId()), input.version(),
                r -> r.replaceActions(framework(r), input.actions().stream().map(ImprovementActionInput::toAction).toList()));
    }

    @PreAuthorize("hasAnyRole('AGENCY_LEAD','SCHOOL_LEAD')")
    public AuditReturn submit(@Valid SubmitReturnInput input) {
        return change("submitReturn", ownForEditing(input.returnId()), input.version(),
                r -> r.submit(framework(r), actor(), clock.instant(), today()));
    }

    @PreAuthorize("hasAnyRole('AGENCY_LEAD','SCHOOL_LEAD')")
    public AuditReturn signOff(@Valid AssessmentInputs.SignOffReturnInput input) {
        if (input.date().isAfter(today())) {
            throw new org.jointboard.common.RejectedCommand("date", "A sign-off cannot be dated in the future");
        }
        var signOff = new SignOff(input.role(), input.name().strip(), input.date(), currentUsers.current().name(), clock.instant());
        return change("signOffReturn", ownForEditing(input.returnId()), input.version(), r -> r.signOff(framework(r), signOff));
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public AuditReturn returnForChanges(@Valid ReturnForChangesInput input) {
        return change("returnForChanges", forArea(input.returnId(), input.partnership()), input.version(),
                r -> r.returnForChanges(input.partnership(), input.reasons().strip(), actor(), clock.instant()));
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public AuditReturn accept(@Valid AcceptReturnInput input) {
        return change("acceptReturn", forArea(input.returnId(), input.partnership()), input.version(),
                r -> r.accept(input.partnership(), actor(), clock.instant()));
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public AuditReturn reopen(@Valid ReopenReturnInput input) {
        return change("reopenReturn", forArea(input.returnId(), input.partnership()), input.version(),
                r -> r.reopen(input.partnership(), input.reason().strip(), actor(), clock.instant()));
    }

    @PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR')")
    public AuditReturn moderate(@Valid ModerateRatingsInput input) {
        String by = currentUsers.current().name();
        var ratings = input.ratings().stream().map(r -> new ModeratedRating(r.standardCode(), r.rating(),
                r.rationale() == null || r.rationale().isBlank() ? null : r.rationale().strip(), by, clock.instant())).toList();
        return change("moderateRatings", forArea(input.returnId(), input.partnership()), input.version(),
                r -> r.moderate(framework(r), input.partnership(), ratings));
    }

    @PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR')")
    public AuditReturn recordChallenge(@Valid RecordChallengeInput input) {
        var challenge = new Challenge(input.date(), input.panel().strip(), input.questionsRaised().strip(),
                input.agencyResponse() == null || input.agencyResponse().isBlank() ? null : input.agencyResponse().strip(),
                currentUsers.current().name(), clock.instant());
        return change("recordChallenge", forArea(input.returnId(), input.partnership()), input.version(),
                r -> r.recordChallenge(input.partnership(), challenge));
    }

    @PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR')")
    public AuditReturn releaseFeedback(@Valid ReleaseFeedbackInput input) {
        return change("releaseFeedback", forArea(input.returnId(), input.partnership()), input.version(),
                r -> r.releaseFeedback(input.partnership(), actor(), clock.instant()));
    }

    private AuditReturn change(String action, AuditReturn auditReturn, long version, Consumer<AuditReturn> command) {
        if (auditReturn.getVersion() != version) {
            throw new OptimisticLockingFailureException("Return " + auditReturn.getId() + " is at version " + auditReturn.getVersion());
        }
        var before = snapshots.of(auditReturn);
        command.accept(auditReturn);
        auditReturn.expectVersion(version);
        AuditReturn saved = returns.save(auditReturn);
        events.publishEvent(new ReturnChanged(action, before, saved));
        return saved;
    }

    private Framework framework(AuditReturn auditReturn) {
        return frameworks.require(auditReturn.getFrameworkId(), "returnId");
    }

    private AuditReturn ownForEditing(String returnId) {
        AuditReturn auditReturn = returns.findById(returnId).orElseThrow(() -> new NotFoundException("Return", returnId));
        if (!isLead(currentUsers.current(), auditReturn)) {
            throw new AccessDeniedException("Not the caller's organisation's return");
        }
        return auditReturn;
    }

    /** A return covering this partnership, which the caller works for. */
    private AuditReturn forArea(String returnId, String partnershipCode) {
        currentUsers.requireWorksFor(partnershipCode);
        AuditReturn auditReturn = returns.findById(returnId).filter(this::visible)
                .orElseThrow(() -> new NotFoundException("Return", returnId));
        if (!auditReturn.covers(partnershipCode)) {
            throw new org.jointboard.common.RejectedCommand("partnership", "This return does not cover " + partnershipCode);
        }
        return auditReturn;
    }

    private boolean visible(AuditReturn auditReturn) {
        CurrentUser user = currentUsers.current();
        if (isLead(user, auditReturn)) {
            return true;
        }
        return user.isBoardStaff() && user.worksForAny(auditReturn.getPartnershipCodes());
    }

    private static boolean isLead(CurrentUser user, AuditReturn auditReturn) {
        return (user.hasRole(Roles.AGENCY_LEAD) || user.hasRole(Roles.SCHOOL_LEAD)) && auditReturn.getOrganisationCode().equals(user.organisation());
    }

    private Actor actor() {
        return Actor.of(currentUsers.current());
    }

    /** What the caller may do: edit and submit (the organisation's lead), decide (admins, per partnership), moderate. */
    public record ReturnPermissions(boolean canEdit, List<String> decidePartnerships, List<String> moderatePartnerships) {
    }

    /** A partnership's review; moderated ratings and challenges withheld from the organisation until released. */
    public record AreaReviewView(String partnershipCode, boolean accepted, java.time.Instant acceptedAt, String acceptedBy,
            boolean feedbackReleased, List<ModeratedRating> moderated, List<Challenge> challenges) {

        static AreaReviewView of(AreaReview review, boolean showFeedback) {
            return new AreaReviewView(review.getPartnershipCode(), review.isAccepted(), review.getAcceptedAt(), review.getAcceptedBy(),
                    review.isFeedbackReleased(), showFeedback ? review.getModerated() : List.of(),
                    showFeedback ? review.getChallenges() : List.of());
        }
    }
}
