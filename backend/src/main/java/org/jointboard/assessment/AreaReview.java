package org.jointboard.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One partnership's view of a return it receives: its acceptance, challenges, moderated ratings and released feedback. */
public class AreaReview {

    private String partnershipCode;
    private Instant acceptedAt;
    private String acceptedBy;
    private List<ModeratedRating> moderated = new ArrayList<>();
    private List<Challenge> challenges = new ArrayList<>();
    private Instant feedbackReleasedAt;

    protected AreaReview() {
    }

    AreaReview(String partnershipCode) {
        this.partnershipCode = partnershipCode;
    }

    void accept(Instant at, String by) {
        this.acceptedAt = at;
        this.acceptedBy = by;
    }

    void withdrawAcceptance() {
        this.acceptedAt = null;
        this.acceptedBy = null;
    }

    void moderate(ModeratedRating rating) {
        moderated.removeIf(m -> m.standardCode().equals(rating.standardCode()));
        moderated.add(rating);
    }

    void addChallenge(Challenge challenge) {
        challenges.add(challenge);
    }

    void releaseFeedback(Instant at) {
        this.feedbackReleasedAt = at;
    }

    public boolean isAccepted() {
        return acceptedAt != null;
    }

    public boolean isFeedbackReleased() {
        return feedbackReleasedAt != null;
    }

    public Optional<ModeratedRating> moderatedRating(String standardCode) {
        return moderated.stream().filter(m -> m.standardCode().equals(standardCode)).findFirst();
    }

    public String getPartnershipCode() {
        return partnershipCode;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public List<ModeratedRating> getModerated() {
        return List.copyOf(moderated);
    }

    public List<Challenge> getChallenges() {
        return List.copyOf(challenges);
    }

    public Instant getFeedbackReleasedAt() {
        return feedbackReleasedAt;
    }
}
