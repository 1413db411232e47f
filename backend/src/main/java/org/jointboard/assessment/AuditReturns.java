package org.jointboard.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jointboard.assessment.AssessmentInputs.ReturnFilter;
import org.jointboard.assessment.internal.AuditReturnRepository;
import org.jointboard.common.KeysetPage;
import org.jointboard.security.CurrentUser;
import org.jointboard.security.CurrentUsers;
import org.jointboard.security.Roles;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Reading returns, each as the caller may see it (the changes are {@link AuditReturnService}). The organisation's lead
 * sees their own organisation's returns whole; board staff see the returns of their partnerships, with only their own
 * partnerships' decisions, reviews and addenda; viewers see no single return (only the summaries).
 */
@Service
@PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER','AGENCY_LEAD','AGENCY_CONTRIBUTOR','SCHOOL_LEAD')")
public class AuditReturns {

    private static final Sort TRACKER_ORDER = Sort.by("sortName", "id");

    private final AuditReturnRepository returns;
    private final org.jointboard.assessment.internal.FrameworkRepository frameworks;
    private final KeysetPage pages;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    AuditReturns(AuditReturnRepository returns, org.jointboard.assessment.internal.FrameworkRepository frameworks, KeysetPage pages,
            CurrentUsers currentUsers, Clock clock) {
        this.returns = returns;
        this.frameworks = frameworks;
        this.pages = pages;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The caller's own organisation's returns, latest deadline first (a contributor's too: the lead assigns them sections). */
    @PreAuthorize("hasAnyRole('AGENCY_LEAD','AGENCY_CONTRIBUTOR','SCHOOL_LEAD')")
    public List<AuditReturn> mine() {
        String organisation = currentUsers.current().organisation();
        return organisation == null ? List.of() : returns.findByOrganisationCodeOrderByDueOnDesc(organisation);
    }

    /** The return, or null if the caller may not see it. */
    public AuditReturn find(String id) {
        return returns.findById(id).filter(this::visible).orElse(null);
    }

    /**
     * What a row of a cycle's return list can show without a return's answers, events and evidence, and the fields
     * that say who may see its reviews: a page asking for no more reads only these.
     */
    public static final List<String> LIST_FIELDS = List.of("cycleId", "cycleTitle", "period", "frameworkId", "organisationId", "organisationCode",
            "organisationName", "partnershipCodes", "dueOn", "state", "reviews", "requiredCount", "requiredAnswered", "version");

    /** A cycle's returns for one partnership, by organisation name; for the business unit's tracker. */
    @PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER')")
    public Window<AuditReturn> ofCycle(String cycleId, String partnershipCode, ReturnFilter filter, ScrollSubrange subrange) {
        return ofCycle(cycleId, partnershipCode, filter, subrange, false);
    }

    /** As above; {@code listFieldsOnly} reads only {@link #LIST_FIELDS}, for a page that shows no more. */
    @PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER')")
    public Window<AuditReturn> ofCycle(String cycleId, String partnershipCode, ReturnFilter filter, ScrollSubrange subrange, boolean listFieldsOnly) {
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
        return pages.scroll(AuditReturn.class, criteria, TRACKER_ORDER, subrange, listFieldsOnly ? LIST_FIELDS : List.of());
    }

    /** What the caller may do with a return, for the ui to offer only that. */
    public ReturnPermissions permissions(AuditReturn auditReturn) {
        CurrentUser user = currentUsers.current();
        boolean lead = isLead(user, auditReturn);
        boolean decides = user.hasRole(Roles.BOARD_ADMIN);
        boolean reviews = decides || user.hasRole(Roles.BOARD_CHAIR);
        var partnerships = !reviews ? List.<ReturnPermissions.PartnershipSteps>of()
                : auditReturn.getPartnershipCodes().stream().filter(user::worksFor).map(code -> new ReturnPermissions.PartnershipSteps(code,
                        decides, reviews,
                        decides && auditReturn.allows(ReturnStep.ACCEPT, code),
                        decides && auditReturn.allows(ReturnStep.RETURN_FOR_CHANGES, code),
                        decides && auditReturn.allows(ReturnStep.REOPEN, code),
                        auditReturn.allows(ReturnStep.MODERATE, code),
                        auditReturn.allows(ReturnStep.CHALLENGE, code),
                        auditReturn.allows(ReturnStep.RELEASE_FEEDBACK, code))).toList();
        boolean open = auditReturn.allows(ReturnStep.ANSWER);
        List<String> assigned = !open || lead ? List.<String>of()
                : auditReturn.getAssignments().stream().map(SectionAssignment::sectionCode).filter(code -> mayAnswer(user, auditReturn, code)).sorted().toList();
        return new ReturnPermissions(lead && open, lead && auditReturn.allows(ReturnStep.SIGN_OFF),
                lead && auditReturn.allows(ReturnStep.SUBMIT), partnerships, lead && open, lead && open && user.hasRole(Roles.AGENCY_LEAD), assigned);
    }

    /**
     * The return's history as the caller may see it, filtered like the reviews: the organisation's lead sees every
     * step; board staff see steps of no partnership (issued, started, submitted) and their own partnerships' decisions.
     */
    public List<ReturnEvent> events(AuditReturn auditReturn) {
        CurrentUser user = currentUsers.current();
        boolean lead = isLead(user, auditReturn);
        boolean contributor = !lead && isContributor(user, auditReturn); // no board decision: those carry its feedback
        return auditReturn.getEvents().stream()
                .filter(event -> lead || event.partnershipCode() == null || !contributor && user.worksFor(event.partnershipCode())).toList();
    }

    /**
     * Each partnership's review as the caller may see it: staff see their own partnerships'; the lead sees released
     * feedback; a contributor none (the board's feedback is for the lead).
     */
    public List<AreaReviewView> reviews(AuditReturn auditReturn) {
        CurrentUser user = currentUsers.current();
        boolean lead = isLead(user, auditReturn);
        if (!lead && isContributor(user, auditReturn)) {
            return List.of();
        }
        return auditReturn.getReviews().stream()
                .filter(review -> lead || user.worksFor(review.getPartnershipCode()))
                .map(review -> AreaReviewView.of(review, !lead || review.isFeedbackReleased())).toList();
    }

    /** An answer's addenda as the caller may see them: the organisation's people see all, staff their own partnerships'. */
    public List<Addendum> addenda(AuditReturn auditReturn, Answer answer) {
        CurrentUser user = currentUsers.current();
        return isOwnOrganisation(user, auditReturn) ? answer.addenda()
                : answer.addenda().stream().filter(a -> user.worksFor(a.partnershipCode())).toList();
    }

    /**
     * The gap one partnership's review found at a standard of a return the caller may read; refused (naming the field)
     * if the standard is met and not self-rated above moderation, or the caller does not work for the partnership.
     */
    public ReturnGap gap(String returnId, String partnershipCode, String standardCode) {
        AuditReturn auditReturn = find(returnId);
        if (auditReturn == null || !currentUsers.current().isBoardStaff()) {
            throw new org.jointboard.common.NotFoundException("Return", returnId);
        }
        if (!auditReturn.covers(partnershipCode) || !currentUsers.current().worksFor(partnershipCode)) {
            throw new org.jointboard.common.RejectedCommand("partnershipCode", "Choose one of your partnerships that this return covers");
        }
        Framework framework = frameworks.findById(auditReturn.getFrameworkId()).orElseThrow();
        Standard standard = framework.standard(standardCode)
                .orElseThrow(() -> new org.jointboard.common.RejectedCommand("standardCode", "The return's framework has no standard " + standardCode));
        AreaRating rating = auditReturn.getAreaRatings().stream()
                .filter(r -> r.partnershipCode().equals(partnershipCode) && r.standardCode().equals(standardCode)).findFirst()
                .orElseThrow(() -> new org.jointboard.common.RejectedCommand("standardCode", standardCode + " has not been rated yet: there is no gap to act on"));
        var level = rating.effective() == null ? java.util.Optional.<RatingLevel>empty() : framework.level(rating.effective());
        boolean notMet = level.map(l -> l.rank() > 0 && !l.met()).orElse(false);
        if (!notMet && !rating.selfAboveModerated()) {
            throw new org.jointboard.common.RejectedCommand("standardCode",
                    standardCode + " is rated " + level.map(RatingLevel::label).orElse("not yet") + " and not self-rated above moderation: there is no gap to act on");
        }
        String label = level.map(RatingLevel::label).orElse(rating.effective());
        String why = notMet ? "Rated " + label : "Self-rated " + framework.level(rating.self()).map(RatingLevel::label).orElse(rating.self())
                + ", moderated " + label;
        return new ReturnGap(auditReturn.getId(), partnershipCode, standardCode, standard.title(), auditReturn.getOrganisationCode(),
                auditReturn.getOrganisationName(), auditReturn.getCycleId(), auditReturn.getCycleTitle(), label, why);
    }

    /**
     * A standard of the caller's own organisation's return, still open for answers, that the organisation wants to
     * improve on: its own improvement action's source (any standard, whatever its rating).
     */
    public ReturnGap ownStandard(String returnId, String standardCode) {
        AuditReturn auditReturn = find(returnId);
        if (auditReturn == null || !isLead(currentUsers.current(), auditReturn)) {
            throw new org.jointboard.common.NotFoundException("Return", returnId);
        }
        if (!auditReturn.allows(ReturnStep.ANSWER)) {
            throw new org.jointboard.common.RejectedCommand("returnId", "This return has been submitted: improvement actions are raised with it open");
        }
        Framework framework = frameworks.findById(auditReturn.getFrameworkId()).orElseThrow();
        Standard standard = framework.standard(standardCode)
                .orElseThrow(() -> new org.jointboard.common.RejectedCommand("standardCode", "The return's framework has no standard " + standardCode));
        String rating = auditReturn.answer(standard.ratingQuestion().code()).filter(Answer::isAnswered)
                .map(a -> framework.level(a.value().rating()).map(RatingLevel::label).orElse(a.value().rating())).orElse("not yet rated");
        return new ReturnGap(auditReturn.getId(), null, standardCode, standard.title(), auditReturn.getOrganisationCode(),
                auditReturn.getOrganisationName(), auditReturn.getCycleId(), auditReturn.getCycleTitle(), rating,
                "Raised by the organisation");
    }

    /** Returns by id that the caller may read (one query; none for a role that reads no return), for links from other records. */
    @PreAuthorize("isAuthenticated()")
    public java.util.Map<String, AuditReturn> readableByIds(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return returns.findAllById(new java.util.HashSet<>(ids)).stream().filter(this::visible)
                .collect(java.util.stream.Collectors.toMap(AuditReturn::getId, r -> r));
    }

    boolean visible(AuditReturn auditReturn) {
        CurrentUser user = currentUsers.current();
        if (isOwnOrganisation(user, auditReturn)) {
            return true;
        }
        return user.isBoardStaff() && user.worksForAny(auditReturn.getPartnershipCodes());
    }

    static boolean isLead(CurrentUser user, AuditReturn auditReturn) {
        return (user.hasRole(Roles.AGENCY_LEAD) || user.hasRole(Roles.SCHOOL_LEAD)) && auditReturn.getOrganisationCode().equals(user.organisation());
    }

    /** A colleague of the organisation who answers the sections the lead assigns them. */
    static boolean isContributor(CurrentUser user, AuditReturn auditReturn) {
        return user.hasRole(Roles.AGENCY_CONTRIBUTOR) && auditReturn.getOrganisationCode().equals(user.organisation());
    }

    /**
     * The caller's own organisation's return, to change: for its lead only ({@code leadOnly}), or for its lead and its
     * contributors. Not found if it does not exist; refused if it is another organisation's.
     */
    AuditReturn requireOwn(String returnId, boolean leadOnly) {
        AuditReturn auditReturn = returns.findById(returnId).orElseThrow(() -> new org.jointboard.common.NotFoundException("Return", returnId));
        CurrentUser user = currentUsers.current();
        if (leadOnly ? !isLead(user, auditReturn) : !isOwnOrganisation(user, auditReturn)) {
            throw new org.springframework.security.access.AccessDeniedException("Not the caller's organisation's return");
        }
        return auditReturn;
    }

    /** Refuses a question of a section the caller may not answer (a contributor's unassigned section). */
    void requireMayAnswer(AuditReturn auditReturn, Framework framework, String questionCode) {
        String section = framework.sectionOf(questionCode).map(FrameworkSection::code).orElse(null);
        if (section != null && !mayAnswer(currentUsers.current(), auditReturn, section)) {
            throw new org.springframework.security.access.AccessDeniedException(questionCode + " is in a section not assigned to the caller");
        }
    }

    /** Whether the caller may answer the questions of this section: the lead any, a contributor those assigned to them. */
    static boolean mayAnswer(CurrentUser user, AuditReturn auditReturn, String sectionCode) {
        return isLead(user, auditReturn) || isContributor(user, auditReturn) && auditReturn.sectionsOf(user.username()).contains(sectionCode);
    }

    static boolean isOwnOrganisation(CurrentUser user, AuditReturn auditReturn) {
        return isLead(user, auditReturn) || isContributor(user, auditReturn);
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
