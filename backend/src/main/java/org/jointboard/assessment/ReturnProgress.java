package org.jointboard.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a return keeps up to date from its answers on every change: how many required questions are answered, and per
 * partnership and standard the self-rating, the moderated rating and the one that counts (the summaries aggregate
 * these instead of reading answers).
 */
record ReturnProgress(int requiredCount, int requiredAnswered, List<AreaRating> areaRatings) {

    static ReturnProgress of(AuditReturn r, Framework framework) {
        List<Question> required = framework.requiredFor(r.getServes(), r.getEstablishmentType());
        int answered = (int) required.stream().filter(r::answered).count();
        var ratings = new ArrayList<AreaRating>();
        for (AreaReview review : r.getReviews()) {
            framework.standards().forEach(standard -> {
                String self = r.answer(standard.ratingQuestion().code()).filter(Answer::isAnswered).map(a -> a.value().rating()).orElse(null);
                String moderated = review.moderatedRating(standard.code()).map(ModeratedRating::rating).orElse(null);
                String effective = moderated != null ? moderated : self;
                int selfRank = rank(framework, self);
                int moderatedRank = rank(framework, moderated);
                ratings.add(new AreaRating(review.getPartnershipCode(), standard.code(), self, moderated, effective,
                        moderated != null && selfRank > moderatedRank && moderatedRank > 0));
            });
        }
        return new ReturnProgress(required.size(), answered, List.copyOf(ratings));
    }

    private static int rank(Framework framework, String rating) {
        return Optional.ofNullable(rating).flatMap(framework::level).map(RatingLevel::rank).orElse(0);
    }
}
