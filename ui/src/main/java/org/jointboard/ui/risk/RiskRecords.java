package org.jointboard.ui.risk;

import java.time.LocalDate;
import java.util.List;

/** What the risk views show, as the backend sends it. */
final class RiskRecords {

    private RiskRecords() {
    }

    record Named(String name) { }

    record Score(int likelihood, int impact, int score, String level) {

        /** "16 (high)": a number and a word, never colour alone. */
        String label() {
            return score + " (" + level.toLowerCase() + ")";
        }
    }

    record ScoreOnly(int score, String level) {

        String label() {
            return score + " (" + level.toLowerCase() + ")";
        }
    }

    record RiskRow(String id, String reference, String title, String category, String status, String trend, boolean reviewOverdue,
            LocalDate nextReviewDue, ScoreOnly residual, Named owner) { }

    record Category(String name, int appetite) { }

    record Settings(List<Category> categories) { }

    record Cell(int likelihood, int impact, int score, String level, int count) { }

    record RiskRef(String id, String reference, String title) { }

    record Movement(RiskRef risk, int scoreThen, int scoreNow, String trend) { }

    record AppetiteRow(String id, String reference, String title, String category, ScoreOnly residual) { }

    record OverdueRow(String id, String reference, String title, LocalDate nextReviewDue, Named owner) { }

    record Overview(LocalDate since, List<Cell> heatMap, List<Movement> movements, List<AppetiteRow> aboveAppetite,
            List<OverdueRow> overdueReviews) { }

    record Control(String description, String effectiveness, Named owner) { }

    record Review(LocalDate date, String reviewerName, Score residual, String commentary, String decision, String trend) { }

    record Comment(String at, String byName, String text) { }

    record RiskDetail(String id, String reference, String title, String cause, String event, String consequence, String category,
            String scope, String status, int version, boolean canReview, boolean aboveAppetite, boolean reviewOverdue, String trend,
            LocalDate raisedOn, LocalDate lastReviewedOn, LocalDate nextReviewDue, LocalDate targetDate, String residualAboveInherentReason,
            String acceptedBy, LocalDate acceptanceExpires, String closedReason, Named owner, Score inherent, Score residual, Score target,
            List<Control> controls, List<String> linkedActions, List<Review> reviews, List<Comment> comments,
            List<org.jointboard.ui.actionplan.ActionPlanNavigation.RecordLink> actions,
            org.jointboard.ui.actionplan.ActionPlanNavigation.RecordLink source, String sourceLabel) { }

    /** The return's gap a risk is raised from. */
    record Gap(String returnId, String standardCode) { }

    static String trendLabel(String trend) {
        return switch (trend) {
            case "UP" -> "↑ Up";
            case "DOWN" -> "↓ Down";
            case "SAME" -> "→ Same";
            default -> "New";
        };
    }

    /** What the raise-a-risk form edits. */
    public record RiskDraft(String title, String category, String scope, RiskClient.Owner owner, Integer inherentLikelihood, Integer inherentImpact,
            Integer residualLikelihood, Integer residualImpact, String residualAboveInherentReason, String cause, String consequence) {

        java.util.Map<String, Object> toInput() {
            var fields = new java.util.HashMap<String, Object>();
            fields.put("title", title.strip());
            fields.put("category", category);
            fields.put("scope", scope);
            fields.put("ownerPersonId", owner == null ? null : owner.id());
            fields.put("inherent", java.util.Map.of("likelihood", inherentLikelihood, "impact", inherentImpact));
            fields.put("residual", java.util.Map.of("likelihood", residualLikelihood, "impact", residualImpact));
            fields.put("residualAboveInherentReason", residualAboveInherentReason);
            fields.put("cause", cause);
            fields.put("consequence", consequence);
            return fields;
        }
    }

    /** What the review form edits. */
    public record ReviewDraft(java.time.LocalDate date, Integer likelihood, Integer impact, String commentary, String decision) {
    }

    /** What the accept-a-risk form edits. */
    public record AcceptanceDraft(String approvedBy, java.time.LocalDate expiresOn) {
    }

    /** A form of one text: a reason, a comment. */
    public record TextDraft(String text) {
    }
}
