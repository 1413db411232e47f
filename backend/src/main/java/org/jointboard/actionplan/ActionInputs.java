package org.jointboard.actionplan;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jointboard.partnership.Serves;

/** Inputs of the action plans' mutations and filters. */
public final class ActionInputs {

    private ActionInputs() {
    }

    public record ActionPlanFields(@NotNull(message = "Say what kind of plan this is") ActionPlan.Kind kind,
            ActionPlan.ReviewKind reviewKind,
            @NotBlank(message = "Enter the plan's title") @Size(max = 200, message = "Keep the title under 200 characters") String title,
            @NotNull(message = "Say whether the plan serves the children's board, the adults' board or both") Serves serves,
            @NotNull(message = "Enter the date the plan's period starts") LocalDate periodStart,
            @NotNull(message = "Enter the date the plan's period ends") LocalDate periodEnd,
            String owningBodyId,
            Boolean published,
            @Size(max = 24, message = "At most 24 review points") List<@NotNull LocalDate> reviewPoints) {
    }

    public record CreateActionPlanInput(@NotBlank(message = "Say which partnership") String partnershipCode,
            @NotNull @Valid ActionPlanFields plan) {
    }

    public record UpdateActionPlanInput(@NotBlank(message = "Say which plan") String id,
            @NotNull(message = "Send the version you edited") Long version, @NotNull @Valid ActionPlanFields plan) {
    }

    public record PlanItemInput(
            @NotBlank(message = "Give the item a code, for example 7 or R6") @Size(max = 20, message = "Keep the code under 20 characters") String code,
            @NotNull(message = "Say whether it is a priority, a finding or a recommendation") PlanItem.Kind kind,
            @NotBlank(message = "Enter the item's title") @Size(max = 300, message = "Keep the title under 300 characters") String title,
            @Size(max = 4000, message = "Keep the description under 4,000 characters") String description,
            @Size(max = 200, message = "Keep the addressee under 200 characters") String addressee,
            String leadPersonId) {
    }

    public record SavePlanItemInput(@NotBlank(message = "Say which plan") String planId,
            @NotNull(message = "Send the version you edited") Long version, @NotNull @Valid PlanItemInput item) {
    }

    public record RespondToRecommendationInput(@NotBlank(message = "Say which plan") String planId,
            @NotNull(message = "Send the version you edited") Long version,
            @NotBlank(message = "Say which recommendation") String code,
            @NotNull(message = "Choose the executive's response") PlanItem.Response response,
            @Size(max = 2000, message = "Keep the reason under 2,000 characters") String reason,
            @NotNull(message = "Enter the date of the response") LocalDate respondedOn) {
    }

    public record ActionFields(
            @NotBlank(message = "Enter what is to be done") @Size(max = 300, message = "Keep the title under 300 characters") String title,
            @Size(max = 4000, message = "Keep the description under 4,000 characters") String description,
            String itemCode,
            String leadPersonId,
            @Size(max = 200, message = "Keep the lead's name under 200 characters") String leadName,
            String leadOrganisationCode,
            String owningBodyId,
            LocalDate startOn,
            @NotNull(message = "Enter the due date") LocalDate dueOn,
            String reportBackMeetingId,
            @Size(max = 2000, message = "Keep the expected outcome under 2,000 characters") String expectedOutcome,
            String riskId) {
    }

    public record RaiseActionInput(@NotBlank(message = "Say which plan") String planId, @NotNull @Valid ActionFields action) {
    }

    public record RaiseActionFromReturnInput(@NotBlank(message = "Say which return") String returnId,
            @NotBlank(message = "Say which partnership's review found the gap") String partnershipCode,
            @NotBlank(message = "Say which standard") String standardCode,
            @NotNull @Valid ActionFields action) {
    }

    public record UpdateActionInput(@NotBlank(message = "Say which action") String id,
            @NotNull(message = "Send the version you edited") Long version, @NotNull @Valid ActionFields action) {
    }

    public record RecordActionProgressInput(@NotBlank(message = "Say which action") String actionId,
            @NotNull(message = "Send the version you updated") Long version,
            LocalDate date,
            @NotBlank(message = "Say what has happened since the last update") @Size(max = 4000, message = "Keep the update under 4,000 characters") String text,
            @NotNull(message = "Choose the action's status now") Action.Status status,
            Boolean internal,
            @Size(max = 2000, message = "Keep the reason under 2,000 characters") String closedReason,
            @Size(max = 4000, message = "Keep the evidence under 4,000 characters") String evidenceOfImpact) {
    }

    public record SaveActionProgressDraftInput(@NotBlank(message = "Say which action") String actionId,
            @Size(max = 4000, message = "Keep the update under 4,000 characters") String text,
            Action.Status status,
            Boolean internal) {
    }

    public record OverrideActionRagInput(@NotBlank(message = "Say which action") String actionId,
            @NotNull(message = "Send the version you edited") Long version,
            ActionRag rag,
            @Size(max = 1000, message = "Keep the reason under 1,000 characters") String reason) {
    }

    public record UpdateActionSettingsInput(@NotBlank(message = "Say which partnership") String partnershipCode,
            @NotNull(message = "Send the version you edited") Long version,
            @NotNull(message = "Enter the warning window in days") Integer warningDays) {
    }

    /** Narrows a list of actions; every field optional. */
    public record ActionFilter(String plan, String body, String leadPersonId, String organisation, List<ActionRag> rag,
            Boolean overdue, Boolean includeClosed) {

        static final ActionFilter NONE = new ActionFilter(null, null, null, null, null, null, null);
    }
}
