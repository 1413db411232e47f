package org.jointboard.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jointboard.audit.AuditedRecord;
import org.jointboard.partnership.Serves;
import org.jointboard.common.RejectedCommand;
import org.jointboard.partnership.Organisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One organisation's return for an audit cycle. It covers every partnership of the cycle that the organisation
 * serves: the organisation answers once, and each partnership accepts, challenges and moderates it for its own area.
 * Answers, their history, every state change and each partnership's review live in this one
 * document, so each change is one atomic write (no multi-document transactions needed).
 */
@Document("auditReturns")
@CompoundIndexes({
        @CompoundIndex(name = "one_per_organisation", def = "{'cycleId': 1, 'organisationId': 1}", unique = true),
        @CompoundIndex(name = "tracker", def = "{'cycleId': 1, 'partnershipCodes': 1, 'state': 1, 'sortName': 1}"),
        @CompoundIndex(name = "mine", def = "{'organisationCode': 1, 'dueOn': -1}") })
public class AuditReturn implements AuditedRecord {

    @Id
    private String id;
    @Version
    private Long version;
    private String cycleId;
    private String cycleTitle;
    private String period;
    private String frameworkId;
    private String organisationId;
    private String organisationCode;
    private String organisationName;
    private String sortName;
    private String establishmentType;
    private String phase;
    private Serves serves;
    private List<String> partnershipCodes;
    private LocalDate dueOn;
    private ReturnState state = ReturnState.NOT_STARTED;
    private List<Answer> answers = new ArrayList<>();
    /**
     * Improvement actions written on the return before they became actions of the action plans: kept only until
     * {@code ImprovementActionsHandover} has handed them over, then removed.
     */
    @org.springframework.data.mongodb.core.mapping.Field("actions")
    private List<ImprovementAction> legacyActions = new ArrayList<>();
    private List<SignOff> signOffs = new ArrayList<>();
    private List<ReturnEvent> events = new ArrayList<>();
    private List<AreaReview> reviews = new ArrayList<>();
    /** Kept up to date on every change, for the summaries' aggregations. */
    private List<AreaRating> areaRatings = new ArrayList<>();
    private int requiredCount;
    private int requiredAnswered;
    private Instant firstSubmittedAt;
    private Boolean submittedOnTime;
    private Instant lastSavedAt;
    private String lastSavedBy;
    /** Files attached to evidence questions (their content in GridFS). */
    private List<EvidenceFile> evidence = new ArrayList<>();
    /** Sections the lead gave to colleagues to answer. */
    private List<SectionAssignment> assignments = new ArrayList<>();

    /** Demo records get ids other features' demo data can name. */
    void identify(String demoId) {
        this.id = demoId;
    }

    protected AuditReturn() {
    }

    AuditReturn(AuditCycle cycle, Framework framework, Organisation organisation, Collection<String> covered, Serves serves,
            Actor issuer, Instant at) {
        this.cycleId = cycle.getId();
        this.cycleTitle = cycle.getTitle();
        this.period = cycle.getPeriod();
        this.frameworkId = framework.getId();
        this.organisationId = organisation.getId();
        this.organisationCode = organisation.getCode();
        this.organisationName = organisation.getName();
        this.sortName = organisation.getName().toLowerCase(java.util.Locale.UK);
        this.establishmentType = organisation.getSchool() == null ? null : organisation.getSchool().establishmentType().name();
        this.phase = organisation.getSchool() == null ? null : organisation.getSchool().phase().name();
        this.serves = serves;
        this.partnershipCodes = covered.stream().sorted().toList();
        this.dueOn = cycle.getDueOn();
        partnershipCodes.forEach(code -> reviews.add(new AreaReview(code)));
        events.add(new ReturnEvent(ReturnEvent.Action.ISSUED, null, ReturnState.NOT_STARTED, at, issuer.username(), issuer.name(), null, null));
        recount(framework);
    }

    /** Starts a newly issued return from last cycle's answers, each to confirm ({@link CarryForward}). */
    void startFrom(List<Answer> carried, Framework framework) {
        if (!answers.isEmpty()) {
            throw new IllegalStateException("Return " + id + " already has answers");
        }
        answers.addAll(carried);
        recount(framework);
    }

    /** Gives a section to a colleague to answer, or takes it back ({@code assignee} null); one colleague a section. */
    void assign(Framework framework, String sectionCode, SectionAssignment assignee) {
        require(ReturnStep.ANSWER, "returnId");
        if (framework.getSections().stream().noneMatch(s -> s.code().equals(sectionCode))) {
            throw new RejectedCommand("sectionCode", "This return has no section " + sectionCode);
        }
        assignments = new ArrayList<>(getAssignments());
        boolean had = assignments.removeIf(a -> a.sectionCode().equals(sectionCode));
        if (assignee == null && !had) {
            throw new RejectedCommand("sectionCode", "Section " + sectionCode + " is not assigned to anyone");
        }
        if (assignee != null) {
            assignments.add(assignee);
        }
    }

    /** The sections assigned to this colleague. */
    public java.util.Set<String> sectionsOf(String username) {
        return getAssignments().stream().filter(a -> a.username().equals(username)).map(SectionAssignment::sectionCode)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Whether some answers carried forward from last cycle are still to be confirmed or changed. */
    public boolean hasAnswersToConfirm() {
        return answers.stream().anyMatch(Answer::toConfirm);
    }

    /** The organisation starts blank instead: every answer from last cycle not yet confirmed or changed is removed. */
    void startBlank(Framework framework, Actor actor, Instant at) {
        require(ReturnStep.ANSWER, "returnId");
        if (!hasAnswersToConfirm()) {
            throw new RejectedCommand("returnId", "No answer from last year is waiting to be confirmed: there is nothing to clear");
        }
        answers.removeIf(Answer::toConfirm);
        lastSavedAt = at;
        lastSavedBy = actor.name();
        recount(framework);
    }

    /** Saves some answers (autosave: any subset, partial is fine). An answer changed since the editor saw it is refused. */
    void saveAnswers(Framework framework, List<AnswerChange> changes, Actor actor, Instant at) {
        apply(planAnswers(framework, changes, actor, at), framework);
    }

    /** Checks an autosave against this return as read, and works out what it changes ({@link AnswerWrite#plan}). */
    AnswerWrite planAnswers(Framework framework, List<AnswerChange> changes, Actor actor, Instant at) {
        require(ReturnStep.ANSWER, "answers");
        return AnswerWrite.plan(this, framework, changes, actor, at);
    }

    /** Applies a planned autosave to this return in memory. */
    void apply(AnswerWrite write, Framework framework) {
        write.replaced().forEach(r -> answers.set(r.index(), r.next()));
        answers.addAll(write.added());
        if (write.startsTheReturn()) {
            events.add(write.started());
            state = write.started().to();
        }
        lastSavedAt = write.at();
        lastSavedBy = write.byName();
        recount(framework);
    }

    int indexOf(String questionCode) {
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).questionCode().equals(questionCode)) {
                return i;
            }
        }
        return -1;
    }

    /** Submits the return to every partnership it covers; all required questions must be answered. */
    void submit(Framework framework, Actor actor, Instant at, LocalDate today) {
        require(ReturnStep.SUBMIT, "state");
        List<String> missing = framework.requiredFor(serves, establishmentType).stream().filter(q -> !answered(q)).map(Question::code).toList();
        List<String> unsigned = framework.getSignOffs().stream()
                .filter(role -> signOffs.stream().noneMatch(s -> s.role().equals(role))).toList();
        if (!missing.isEmpty()) {
            throw new RejectedCommand("answers", missing.size() + " required question" + (missing.size() == 1 ? " is" : "s are")
                    + " not answered yet: " + String.join(", ", missing));
        }
        if (!unsigned.isEmpty()) {
            throw new RejectedCommand("signOffs", "Sign-off is needed first from: " + String.join(", ", unsigned));
        }
        answers.removeIf(Answer::toConfirm); // what was never confirmed is not this cycle's answer
        if (firstSubmittedAt == null) {
            firstSubmittedAt = at;
            submittedOnTime = !today.isAfter(dueOn);
        }
        reviews.forEach(AreaReview::withdrawAcceptance);
        moveTo(ReturnEvent.Action.SUBMITTED, ReturnState.SUBMITTED, actor, at, null, null);
        recount(framework);
    }

    /** Records (or replaces) one of the sign-offs the framework asks for. */
    void signOff(Framework framework, SignOff signOff) {
        require(ReturnStep.SIGN_OFF, "role");
        if (!framework.getSignOffs().contains(signOff.role())) {
            throw new RejectedCommand("role", framework.getSignOffs().isEmpty() ? "This return needs no sign-off"
                    : "Sign-off is by: " + String.join(", ", framework.getSignOffs()));
        }
        signOffs.removeIf(s -> s.role().equals(signOff.role()));
        signOffs.add(signOff);
    }

    void returnForChanges(String partnershipCode, String reasons, Actor actor, Instant at) {
        review(partnershipCode);
        require(ReturnStep.RETURN_FOR_CHANGES, "state");
        reviews.forEach(AreaReview::withdrawAcceptance);
        signOffs.clear(); // what is signed off is about to change
        moveTo(ReturnEvent.Action.RETURNED, ReturnState.RETURNED, actor, at, partnershipCode, reasons);
    }

    /** Accepts the return for one partnership; once every partnership it covers has accepted it, it is ACCEPTED and locked. */
    void accept(String partnershipCode, Actor actor, Instant at) {
        AreaReview review = review(partnershipCode);
        require(ReturnStep.ACCEPT, "state");
        if (!allows(ReturnStep.ACCEPT, partnershipCode)) {
            throw new RejectedCommand("partnership", "This return is already accepted for " + partnershipCode);
        }
        review.accept(at, actor.name());
        events.add(new ReturnEvent(ReturnEvent.Action.ACCEPTED_FOR_PARTNERSHIP, state, state, at, actor.username(), actor.name(), partnershipCode, null));
        if (reviews.stream().allMatch(AreaReview::isAccepted)) {
            moveTo(ReturnEvent.Action.ACCEPTED, ReturnState.ACCEPTED, actor, at, partnershipCode, null);
        }
    }

    void reopen(String partnershipCode, String reason, Actor actor, Instant at) {
        review(partnershipCode);
        require(ReturnStep.REOPEN, "state");
        reviews.forEach(AreaReview::withdrawAcceptance);
        signOffs.clear();
        moveTo(ReturnEvent.Action.REOPENED, ReturnState.RETURNED, actor, at, partnershipCode, reason);
    }

    void moderate(Framework framework, String partnershipCode, List<ModeratedRating> ratings) {
        AreaReview review = review(partnershipCode);
        require(ReturnStep.MODERATE, "ratings");
        for (int i = 0; i < ratings.size(); i++) {
            ModeratedRating rating = ratings.get(i);
            if (framework.standard(rating.standardCode()).isEmpty()) {
                throw new RejectedCommand("ratings[" + i + "].standardCode", "There is no standard " + rating.standardCode() + " in this framework");
            }
            if (framework.level(rating.rating()).isEmpty()) {
                throw new RejectedCommand("ratings[" + i + "].rating", "Choose one of the framework's ratings: " + String.join(", ",
                        framework.getContent().ratingScale().stream().map(RatingLevel::value).toList()));
            }
        }
        ratings.forEach(review::moderate);
        recount(framework);
    }

    void recordChallenge(String partnershipCode, Challenge challenge) {
        AreaReview review = review(partnershipCode);
        require(ReturnStep.CHALLENGE, "date");
        review.addChallenge(challenge);
    }

    void releaseFeedback(String partnershipCode, Actor actor, Instant at) {
        AreaReview review = review(partnershipCode);
        require(ReturnStep.RELEASE_FEEDBACK, "partnership");
        review.releaseFeedback(at);
        events.add(new ReturnEvent(ReturnEvent.Action.FEEDBACK_RELEASED, state, state, at, actor.username(), actor.name(), partnershipCode, null));
    }

    void expectVersion(long version) {
        this.version = version;
    }

    public boolean isOverdue(LocalDate today) {
        return state.editable() && today.isAfter(dueOn);
    }

    public boolean covers(String partnershipCode) {
        return partnershipCodes.contains(partnershipCode);
    }

    public Optional<Answer> answer(String questionCode) {
        return answers.stream().filter(a -> a.questionCode().equals(questionCode)).findFirst();
    }

    /** Whether a question counts as answered: an answer given, or for an evidence question a file attached. */
    boolean answered(Question question) {
        return answer(question.code()).filter(Answer::isAnswered).isPresent()
                || question.answerType() == AnswerType.EVIDENCE && getEvidence().stream().anyMatch(f -> f.questionCode().equals(question.code()));
    }

    /** Attaches a file to one of the return's evidence questions, while the organisation may still answer. */
    void attach(Framework framework, EvidenceFile file, Actor actor) {
        require(ReturnStep.ANSWER, "returnId");
        evidence = new ArrayList<>(getEvidence());
        evidence.add(file);
        lastSavedAt = file.uploadedAt();
        lastSavedBy = actor.name();
        if (state == ReturnState.NOT_STARTED) {
            moveTo(ReturnEvent.Action.STARTED, ReturnState.IN_PROGRESS, actor, file.uploadedAt(), null, null);
        }
        recount(framework);
    }

    /** Removes an attached file, while the organisation may still answer. */
    EvidenceFile detach(Framework framework, String fileId, Actor actor, Instant at) {
        require(ReturnStep.ANSWER, "returnId");
        EvidenceFile file = getEvidence().stream().filter(f -> f.id().equals(fileId)).findFirst()
                .orElseThrow(() -> new org.jointboard.common.NotFoundException("Evidence file", fileId));
        evidence = new ArrayList<>(getEvidence());
        evidence.remove(file);
        lastSavedAt = at;
        lastSavedBy = actor.name();
        recount(framework);
        return file;
    }

    public Optional<AreaReview> reviewFor(String partnershipCode) {
        return reviews.stream().filter(r -> r.getPartnershipCode().equals(partnershipCode)).findFirst();
    }

    private AreaReview review(String partnershipCode) {
        return reviewFor(partnershipCode).orElseThrow(() -> new RejectedCommand("partnership",
                "This return does not cover " + partnershipCode + "; it covers " + String.join(", ", partnershipCodes)));
    }

    /** Whether the step may be taken now, by the lifecycle alone (who may take it is the service's concern). */
    public boolean allows(ReturnStep step) {
        return step.allowed(state, firstSubmittedAt != null);
    }

    /**
     * Whether the step may be taken now for one partnership the return covers: the lifecycle, and that partnership's own
     * review (it cannot accept twice; feedback, once released, is not offered again).
     */
    public boolean allows(ReturnStep step, String partnershipCode) {
        AreaReview review = reviewFor(partnershipCode).orElse(null);
        if (review == null || !allows(step)) {
            return false;
        }
        return switch (step) {
            case ACCEPT -> !review.isAccepted();
            case RELEASE_FEEDBACK -> !review.isFeedbackReleased();
            default -> true;
        };
    }

    private void require(ReturnStep step, String field) {
        if (!allows(step)) {
            throw new RejectedCommand(field, step.refusal(state));
        }
    }

    private void moveTo(ReturnEvent.Action action, ReturnState to, Actor actor, Instant at, String partnershipCode, String reason) {
        events.add(new ReturnEvent(action, state, to, at, actor.username(), actor.name(), partnershipCode, reason));
        state = to;
    }

    private void recount(Framework framework) {
        apply(progress(framework));
    }

    void apply(ReturnProgress progress) {
        requiredCount = progress.requiredCount();
        requiredAnswered = progress.requiredAnswered();
        areaRatings = progress.areaRatings();
    }

    ReturnProgress progress(Framework framework) {
        return ReturnProgress.of(this, framework);
    }

    public String getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public String getCycleId() {
        return cycleId;
    }

    public String getCycleTitle() {
        return cycleTitle;
    }

    public String getPeriod() {
        return period;
    }

    public String getFrameworkId() {
        return frameworkId;
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    String getSortName() {
        return sortName;
    }

    public String getEstablishmentType() {
        return establishmentType;
    }

    public Serves getServes() {
        return serves;
    }

    public List<String> getPartnershipCodes() {
        return partnershipCodes;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ReturnState getState() {
        return state;
    }

    public List<Answer> getAnswers() {
        return List.copyOf(answers);
    }

    public List<EvidenceFile> getEvidence() {
        return evidence == null ? List.of() : List.copyOf(evidence);
    }

    public List<SectionAssignment> getAssignments() {
        return assignments == null ? List.of() : List.copyOf(assignments);
    }

    public List<ImprovementAction> getLegacyActions() {
        return legacyActions == null ? List.of() : List.copyOf(legacyActions);
    }

    public List<SignOff> getSignOffs() {
        return List.copyOf(signOffs);
    }

    public String getPhase() {
        return phase;
    }

    public List<ReturnEvent> getEvents() {
        return List.copyOf(events);
    }

    public List<AreaReview> getReviews() {
        return List.copyOf(reviews);
    }

    public List<AreaRating> getAreaRatings() {
        return List.copyOf(areaRatings);
    }

    public int getRequiredCount() {
        return requiredCount;
    }

    public int getRequiredAnswered() {
        return requiredAnswered;
    }

    public Instant getFirstSubmittedAt() {
        return firstSubmittedAt;
    }

    public Boolean getSubmittedOnTime() {
        return submittedOnTime;
    }

    public Instant getLastSavedAt() {
        return lastSavedAt;
    }

    public String getLastSavedBy() {
        return lastSavedBy;
    }
}
