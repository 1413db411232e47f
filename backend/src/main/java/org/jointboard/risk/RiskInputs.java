package org.jointboard.risk;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Inputs of the risk register's mutations. */
public final class RiskInputs {

    private RiskInputs() {
    }

    public record ScoreInput(
            @NotNull(message = "Enter the likelihood (1 to 5)") @Min(value = 1, message = "Likelihood is scored 1 to 5") @Max(value = 5, message = "Likelihood is scored 1 to 5") Integer likelihood,
            @NotNull(message = "Enter the impact (1 to 5)") @Min(value = 1, message = "Impact is scored 1 to 5") @Max(value = 5, message = "Impact is scored 1 to 5") Integer impact) {

        RiskScore toScore() {
            return new RiskScore(likelihood, impact);
        }
    }

    public record ControlInput(
            @NotBlank(message = "Describe the control") @Size(max = 1000, message = "Keep the control under 1,000 characters") String description,
            String ownerPersonId,
            @NotNull(message = "Say how effective the control is") RiskControl.Effectiveness effectiveness) {
    }

    public record RiskFields(
            @NotBlank(message = "Enter the risk's title") @Size(max = 200, message = "Keep the title under 200 characters") String title,
            @Size(max = 2000, message = "Keep the cause under 2,000 characters") String cause,
            @Size(max = 2000, message = "Keep the event under 2,000 characters") String event,
            @Size(max = 2000, message = "Keep the consequence under 2,000 characters") String consequence,
            @NotBlank(message = "Choose a category") String category,
            @NotNull(message = "Say whether it concerns children, adults or both") Risk.RiskScope scope,
            String ownerPersonId,
            String owningCommitteeId,
            @NotNull(message = "Score the inherent risk") @Valid ScoreInput inherent,
            @NotNull(message = "Score the residual risk") @Valid ScoreInput residual,
            String residualAboveInherentReason,
            @Valid ScoreInput target,
            LocalDate targetDate,
            List<@Valid ControlInput> controls,
            List<@NotBlank(message = "A linked action cannot be empty") String> linkedActions) {
    }

    public record RaiseRiskInput(@NotBlank(message = "Say which partnership") String partnershipCode, @NotNull @Valid RiskFields risk,
            @Valid ReturnGapInput source) {
    }

    public record ReturnGapInput(@NotBlank(message = "Say which return") String returnId, @NotBlank(message = "Say which standard") String standardCode) {
    }

    public record UpdateRiskInput(@NotBlank(message = "Say which risk") String id,
            @NotNull(message = "Send the version you edited") Long version, @NotNull @Valid RiskFields risk) {
    }

    public record ReviewRiskInput(@NotBlank(message = "Say which risk") String riskId,
            @NotNull(message = "Send the version you reviewed") Long version,
            @NotNull(message = "Enter the review date") LocalDate date,
            @NotNull(message = "Score the residual risk") @Valid ScoreInput residual,
            @Size(max = 4000, message = "Keep the commentary under 4,000 characters") String commentary,
            @Size(max = 1000, message = "Keep the decision under 1,000 characters") String decision) {
    }

    public record CommentOnRiskInput(@NotBlank(message = "Say which risk") String riskId,
            @NotBlank(message = "Write the comment") @Size(max = 2000, message = "Keep the comment under 2,000 characters") String text) {
    }

    public record EscalateRiskInput(@NotBlank(message = "Say which risk") String riskId, @NotNull(message = "Send the version you saw") Long version) {
    }

    public record AcceptRiskInput(@NotBlank(message = "Say which risk") String riskId, @NotNull(message = "Send the version you saw") Long version,
            String approvedBy, LocalDate expiresOn) {
    }

    public record CloseRiskInput(@NotBlank(message = "Say which risk") String riskId, @NotNull(message = "Send the version you saw") Long version,
            String reason) {
    }

    public record UpdateRiskSettingsInput(@NotBlank(message = "Say which partnership") String partnershipCode,
            @NotNull(message = "Send the version you edited") Long version,
            @jakarta.validation.constraints.NotEmpty(message = "List at least one category") List<@Valid CategoryInput> categories,
            @Min(value = 2, message = "Between 2 and 25") @Max(value = 25, message = "Between 2 and 25") int monthlyFrom,
            @Min(value = 1, message = "Between 1 and 25") @Max(value = 25, message = "Between 1 and 25") int quarterlyFrom) {
    }

    public record CategoryInput(@NotBlank(message = "Name the category") String name,
            @NotNull(message = "Enter the appetite") @Min(value = 1, message = "Appetite is a score from 1 to 25") @Max(value = 25, message = "Appetite is a score from 1 to 25") Integer appetite) {
    }

    /** Filters of the register; every part is optional. */
    public record RiskFilter(String category, Risk.RiskScope scope, RiskScore.Level level, String ownerPersonId, Boolean overdue,
            Boolean includeClosed, Integer residualLikelihood, Integer residualImpact) {
    }
}
