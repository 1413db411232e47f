package org.jointboard.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.jointboard.common.RejectedCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scoring, level bands, review cadence, trend and overdue, without a database. */
class RiskArithmeticTests {

    static final LocalDate RAISED = LocalDate.of(2026, 1, 10);
    final RiskSettings settings = RiskSettings.defaults("wolverhampton");

    @ParameterizedTest
    @CsvSource({ "1,1,1,LOW", "2,3,6,LOW", "2,4,8,MEDIUM", "3,4,12,MEDIUM", "3,5,15,HIGH", "5,5,25,HIGH" })
    void scoreIsLikelihoodTimesImpactBandedLowMediumHigh(int likelihood, int impact, int score, RiskScore.Level level) {
        assertThat(new RiskScore(likelihood, impact).score()).isEqualTo(score);
        assertThat(new RiskScore(likelihood, impact).level()).isEqualTo(level);
    }

    @ParameterizedTest
    @CsvSource({ "25,1", "15,1", "14,3", "12,3", "8,3", "6,6", "1,6" })
    void reviewCadenceFollowsTheResidualScore(int residual, int months) {
        assertThat(settings.reviewEveryMonths(residual)).isEqualTo(months);
    }

    @Test
    void aFirstReviewThatLowersTheRaisedScoreIsDown() {
        Risk risk = risk(5, 4, 5, 4); // raised at residual 20
        risk.review(LocalDate.of(2026, 2, 1), null, "Eve", new RiskScore(2, 3), "", "", settings);
        assertThat(risk.trend()).isEqualTo(Trend.DOWN);
        assertThat(risk.getReviews().getFirst().trend()).isEqualTo(Trend.DOWN);
    }

    @Test
    void nextReviewIsDueOneCadenceAfterTheLastReviewAndTrendComparesWithThePreviousReview() {
        Risk risk = risk(4, 4, 3, 4);
        assertThat(risk.getNextReviewDue()).isEqualTo(RAISED.plusMonths(3));
        assertThat(risk.trend()).isEqualTo(Trend.NEW);

        risk.review(LocalDate.of(2026, 2, 1), null, "Eve", new RiskScore(3, 4), "", "", settings);
        assertThat(risk.trend()).as("the first review compares with the score the risk was raised with").isEqualTo(Trend.SAME);
        risk.review(LocalDate.of(2026, 3, 1), null, "Eve", new RiskScore(4, 4), "", "", settings);
        assertThat(risk.trend()).isEqualTo(Trend.UP);
        assertThat(risk.getNextReviewDue()).as("16 is reviewed monthly").isEqualTo(LocalDate.of(2026, 4, 1));
        risk.review(LocalDate.of(2026, 4, 1), null, "Eve", new RiskScore(2, 4), "", "", settings);
        assertThat(risk.trend()).isEqualTo(Trend.DOWN);
        assertThat(risk.getNextReviewDue()).as("8 is reviewed quarterly").isEqualTo(LocalDate.of(2026, 7, 1));
        risk.review(LocalDate.of(2026, 5, 1), null, "Eve", new RiskScore(2, 4), "", "", settings);
        assertThat(risk.trend()).isEqualTo(Trend.SAME);

        assertThat(risk.reviewOverdue(LocalDate.of(2026, 8, 1))).as("due today is not yet overdue").isFalse();
        assertThat(risk.reviewOverdue(LocalDate.of(2026, 8, 2))).as("the day after it is").isTrue();
        assertThat(risk.residualScoreOn(LocalDate.of(2026, 3, 15))).isEqualTo(16);
    }

    @Test
    void residualAboveInherentNeedsAReason() {
        var risk = new Risk("wolverhampton", "R-2026-001", RAISED);
        assertThatThrownBy(() -> risk.describe(description(3, 3, 4, 4, null), settings)).isInstanceOf(RejectedCommand.class)
                .extracting(e -> ((RejectedCommand) e).field()).isEqualTo("residualAboveInherentReason");
        risk.describe(description(3, 3, 4, 4, "A new inspection regime makes failure likelier"), settings);
        assertThat(risk.getResidualScore()).isEqualTo(16);
    }

    @Test
    void acceptanceNeedsAnApproverAndAFutureExpiryAndClosingNeedsAReason() {
        Risk risk = risk(3, 3, 2, 3);
        assertThatThrownBy(() -> risk.accept(" ", LocalDate.of(2027, 1, 1), RAISED)).extracting(e -> ((RejectedCommand) e).field()).isEqualTo("approvedBy");
        assertThatThrownBy(() -> risk.accept("Chris Chair", null, RAISED)).extracting(e -> ((RejectedCommand) e).field()).isEqualTo("expiresOn");
        assertThatThrownBy(() -> risk.accept("Chris Chair", RAISED, RAISED)).extracting(e -> ((RejectedCommand) e).field()).isEqualTo("expiresOn");
        risk.accept("Chris Chair", LocalDate.of(2027, 1, 1), RAISED);
        assertThat(risk.getNextReviewDue()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThatThrownBy(() -> risk.close(null, RAISED.plusDays(20))).extracting(e -> ((RejectedCommand) e).field()).isEqualTo("reason");
        risk.close("Funding confirmed for three years", RAISED.plusDays(20));
        assertThat(risk.getStatus()).isEqualTo(RiskStatus.CLOSED);
        assertThat(risk.getClosedOn()).as("the day it was closed starts its retention period").isEqualTo(RAISED.plusDays(20));
        assertThatThrownBy(() -> risk.review(RAISED.plusDays(5), null, "Eve", new RiskScore(1, 1), "", "", settings))
                .extracting(e -> ((RejectedCommand) e).field()).isEqualTo("riskId");
    }

    @Test
    void aboveAppetiteComparesTheResidualScoreWithTheCategorysAppetite() {
        assertThat(settings.appetite("Finance")).isEqualTo(9);
        assertThat(risk(4, 4, 3, 3).aboveAppetite(settings)).as("9 is at Finance's appetite").isFalse();
        assertThat(risk(4, 4, 2, 5).aboveAppetite(settings)).as("10 is above it").isTrue();
    }

    private Risk risk(int il, int ii, int rl, int ri) {
        var risk = new Risk("wolverhampton", "R-2026-001", RAISED);
        risk.describe(description(il, ii, rl, ri, null), settings);
        return risk;
    }

    private static RiskDescription description(int il, int ii, int rl, int ri, String reason) {
        return new RiskDescription("Revenue deficit", null, null, null, "Finance", Risk.RiskScope.BOTH, null, null,
                new RiskScore(il, ii), new RiskScore(rl, ri), reason, null, null, List.of(), List.of());
    }
}
