package org.jointboard.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jointboard.common.RejectedCommand;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A risk on a partnership's register, with its scores, controls, status and review history. Reviews are
 * embedded (a few a year), so a review and the scores it changes are one write.
 */
@Document("risks")
@CompoundIndexes({
        @CompoundIndex(name = "register", def = "{'partnershipCode': 1, 'residualScore': -1, 'reference': 1}"),
        @CompoundIndex(name = "reference", def = "{'partnershipCode': 1, 'reference': 1}", unique = true),
        @CompoundIndex(name = "source", def = "{'source.returnId': 1}", sparse = true),
        @CompoundIndex(name = "due", def = "{'partnershipCode': 1, 'nextReviewDue': 1}") })
public class Risk {

    @Id
    private String id;
    @Version
    private Long version;
    private String partnershipCode;
    private String reference;
    private String title;
    private String cause;
    private String event;
    private String consequence;
    private String category;
    private RiskScope scope;
    private String ownerPersonId;
    private String owningCommitteeId;
    private RiskScore inherent;
    private RiskScore residual;
    /** Stored for sorting and the heat map: residual likelihood × impact. */
    private int residualScore;
    private String residualAboveInherentReason;
    private RiskScore target;
    private LocalDate targetDate;
    private List<RiskControl> controls = List.of();
    private List<String> linkedActions = List.of();
    private RiskStatus status = RiskStatus.OPEN;
    private String acceptedBy;
    private LocalDate acceptanceExpires;
    private String closedReason;
    private LocalDate closedOn;
    private RiskSource source;
    private LocalDate raisedOn;
    private LocalDate nextReviewDue;
    private List<RiskReview> reviews = new ArrayList<>();
    private List<RiskComment> comments = new ArrayList<>();

    public enum RiskScope { CHILDREN, ADULTS, BOTH }

    /** Demo records get ids other features' demo data can name. */
    void identify(String demoId) {
        this.id = demoId;
    }

    protected Risk() {
    }

    Risk(String partnershipCode, String reference, LocalDate raisedOn) {
        this.partnershipCode = partnershipCode;
        this.reference = reference;
        this.raisedOn = raisedOn;
    }

    /** Sets what the risk is and how it scores. Residual above inherent needs a reason (controls rarely make a risk worse). */
    void describe(RiskDescription d, RiskSettings settings) {
        if (!settings.hasCategory(d.category())) {
            throw new RejectedCommand("category", "Choose one of this partnership's categories: " + String.join(", ",
                    settings.getAppetiteByCategory().keySet()));
        }
        if (d.residual().score() > d.inherent().score() && (d.residualAboveInherentReason() == null || d.residualAboveInherentReason().isBlank())) {
            throw new RejectedCommand("residualAboveInherentReason",
                    "The residual score is above the inherent score: say why, or lower the residual score");
        }
        this.title = d.title();
        this.cause = d.cause();
        this.event = d.event();
        this.consequence = d.consequence();
        this.category = d.category();
        this.scope = d.scope();
        this.ownerPersonId = d.ownerPersonId();
        this.owningCommitteeId = d.owningCommitteeId();
        this.inherent = d.inherent();
        this.residual = d.residual();
        this.residualScore = d.residual().score();
        this.residualAboveInherentReason = d.residual().score() > d.inherent().score() ? d.residualAboveInherentReason() : null;
        this.target = d.target();
        this.targetDate = d.targetDate();
        this.controls = List.copyOf(d.controls());
        this.linkedActions = List.copyOf(d.linkedActions());
        scheduleNextReview(lastReviewedOn(), settings);
    }

    /** Records a review; it sets the residual score, and the next review follows from it. */
    RiskReview review(LocalDate date, String reviewerPersonId, String reviewerName, RiskScore newResidual, String commentary,
            String decision, RiskSettings settings) {
        if (status == RiskStatus.CLOSED) {
            throw new RejectedCommand("riskId", "This risk is closed: it is no longer reviewed");
        }
        if (newResidual.score() > inherent.score() && residualAboveInherentReason == null) {
            throw new RejectedCommand("residual", "This would put the residual score above the inherent score: update the risk with a reason first");
        }
        int previous = residual.score(); // the first review moves from the score the risk was raised with
        var review = new RiskReview(date, reviewerPersonId, reviewerName, newResidual, commentary, decision,
                Trend.between(previous, newResidual.score()));
        reviews.add(review);
        this.residual = newResidual;
        this.residualScore = newResidual.score();
        scheduleNextReview(date, settings);
        return review;
    }

    void comment(RiskComment comment) {
        comments.add(comment);
    }

    void escalate() {
        requireNotClosed();
        status = RiskStatus.ESCALATED;
    }

    void accept(String approver, LocalDate expires, LocalDate today) {
        requireNotClosed();
        if (approver == null || approver.isBlank()) {
            throw new RejectedCommand("approvedBy", "Say who approved accepting this risk");
        }
        if (expires == null) {
            throw new RejectedCommand("expiresOn", "Say until when the acceptance stands");
        }
        if (!expires.isAfter(today)) {
            throw new RejectedCommand("expiresOn", "The acceptance must end after today");
        }
        status = RiskStatus.ACCEPTED;
        acceptedBy = approver.strip();
        acceptanceExpires = expires;
        nextReviewDue = expires; // an accepted risk is looked at again when its acceptance runs out
    }

    void close(String reason, LocalDate today) {
        requireNotClosed();
        if (reason == null || reason.isBlank()) {
            throw new RejectedCommand("reason", "Say why the risk is closed");
        }
        status = RiskStatus.CLOSED;
        closedReason = reason.strip();
        closedOn = today;
        nextReviewDue = null;
    }

    void expectVersion(long version) {
        this.version = version;
    }

    private void requireNotClosed() {
        if (status == RiskStatus.CLOSED) {
            throw new RejectedCommand("riskId", "This risk is closed");
        }
    }

    private void scheduleNextReview(LocalDate from, RiskSettings settings) {
        if (status != RiskStatus.CLOSED) {
            nextReviewDue = from.plusMonths(settings.reviewEveryMonths(residualScore));
        }
    }

    public LocalDate lastReviewedOn() {
        return reviews.isEmpty() ? raisedOn : reviews.getLast().date();
    }

    public boolean reviewOverdue(LocalDate today) {
        return nextReviewDue != null && nextReviewDue.isBefore(today);
    }

    public Trend trend() {
        return reviews.isEmpty() ? Trend.NEW : reviews.getLast().trend();
    }

    public boolean aboveAppetite(RiskSettings settings) {
        Integer appetite = settings.appetite(category);
        return appetite != null && residualScore > appetite && status != RiskStatus.CLOSED;
    }

    /** The residual score at a date: the last review on or before it, or the first recorded score. */
    public int residualScoreOn(LocalDate date) {
        int score = reviews.isEmpty() ? residualScore : reviews.getFirst().residual().score();
        for (RiskReview review : reviews) {
            if (!review.date().isAfter(date)) {
                score = review.residual().score();
            }
        }
        return score;
    }

    public String getId() { return id; }
    public Long getVersion() { return version; }
    public String getPartnershipCode() { return partnershipCode; }
    public String getReference() { return reference; }
    public String getTitle() { return title; }
    public String getCause() { return cause; }
    public String getEvent() { return event; }
    public String getConsequence() { return consequence; }
    public String getCategory() { return category; }
    public RiskScope getScope() { return scope; }
    public String getOwnerPersonId() { return ownerPersonId; }
    public String getOwningCommitteeId() { return owningCommitteeId; }
    public RiskScore getInherent() { return inherent; }
    public RiskScore getResidual() { return residual; }
    public int getResidualScore() { return residualScore; }
    public String getResidualAboveInherentReason() { return residualAboveInherentReason; }
    public RiskScore getTarget() { return target; }
    public LocalDate getTargetDate() { return targetDate; }
    public List<RiskControl> getControls() { return controls; }
    public List<String> getLinkedActions() { return linkedActions; }
    public RiskStatus getStatus() { return status; }
    public String getAcceptedBy() { return acceptedBy; }
    public LocalDate getAcceptanceExpires() { return acceptanceExpires; }
    public String getClosedReason() { return closedReason; }

    /** The day it was closed; for risks closed before this was kept, the day of its last review. */
    public LocalDate getClosedOn() { return closedOn != null || status != RiskStatus.CLOSED ? closedOn : lastReviewedOn(); }

    public RiskSource getSource() { return source; }

    void raisedFrom(RiskSource from) {
        this.source = from;
    }
    public LocalDate getRaisedOn() { return raisedOn; }
    public LocalDate getNextReviewDue() { return nextReviewDue; }
    public List<RiskReview> getReviews() { return List.copyOf(reviews); }
    public List<RiskComment> getComments() { return List.copyOf(comments); }
}
