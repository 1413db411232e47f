package org.jointboard.committee;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jointboard.partnership.Serves;
import org.jointboard.partnership.BoardKind;

/** Inputs of the committee and meeting mutations; the services check them before anything is written. */
public final class CommitteeInputs {

    private CommitteeInputs() {
    }

    public record TermsOfReferenceInput(
            @Size(max = 20000, message = "Keep the terms of reference under 20,000 characters") String text,
            @Size(max = 20, message = "Keep the version under 20 characters") String version,
            LocalDate nextReviewDate) {

        TermsOfReference toTerms() {
            return new TermsOfReference(text, version, nextReviewDate);
        }
    }

    public record LinkInput(@NotBlank(message = "Enter the linked body's name") String name,
            @NotNull(message = "Choose the kind of link") ExternalLink.LinkType type) {
    }

    public record CreateCommitteeInput(
            @NotEmpty(message = "Choose at least one partnership") List<String> partnershipCodes,
            @NotNull(message = "Choose the kind of body") BodyKind kind,
            BoardKind boardKind,
            @NotBlank(message = "Enter the body's name") @Size(max = 160, message = "Keep the name under 160 characters") String name,
            @Size(max = 2000, message = "Keep the remit under 2,000 characters") String remit,
            @NotNull(message = "Choose whom it serves") Serves serves,
            @Valid TermsOfReferenceInput termsOfReference,
            String reportsToId,
            List<@Valid LinkInput> links) {
    }

    public record UpdateCommitteeInput(
            @NotBlank(message = "Say which body") String id,
            @NotNull(message = "Send the version you edited") Long version,
            @NotEmpty(message = "Choose at least one partnership") List<String> partnershipCodes,
            @NotNull(message = "Choose the kind of body") BodyKind kind,
            BoardKind boardKind,
            @NotBlank(message = "Enter the body's name") @Size(max = 160, message = "Keep the name under 160 characters") String name,
            @Size(max = 2000, message = "Keep the remit under 2,000 characters") String remit,
            @NotNull(message = "Choose whom it serves") Serves serves,
            @Valid TermsOfReferenceInput termsOfReference,
            String reportsToId,
            List<@Valid LinkInput> links) {
    }

    public record AddMemberInput(
            @NotBlank(message = "Say which body") String committeeId,
            @NotNull(message = "Send the version you edited") Long version,
            @NotBlank(message = "Choose the person") String personId,
            @NotNull(message = "Choose the role") MembershipRole role,
            String representingOrganisationCode,
            @NotNull(message = "Enter the start date") LocalDate startDate,
            LocalDate endDate) {
    }

    public record EndMembershipInput(
            @NotBlank(message = "Say which body") String committeeId,
            @NotNull(message = "Send the version you edited") Long version,
            @NotBlank(message = "Say which membership") String membershipId,
            @NotNull(message = "Enter the end date") LocalDate endDate) {
    }

    public record ScheduleMeetingInput(
            @NotBlank(message = "Say which body") String committeeId,
            @NotNull(message = "Enter the meeting date") LocalDate date,
            @Size(max = 160, message = "Keep the title under 160 characters") String title) {
    }

    public record AgendaItemInput(
            @NotBlank(message = "Enter the agenda item") @Size(max = 300, message = "Keep the item under 300 characters") String title,
            String ownerPersonId,
            @Pattern(regexp = "https?://\\S+", message = "A paper link starts with http:// or https://") String paperUrl,
            boolean restricted) {
    }

    public record MeetingActionInput(
            String id,
            @NotBlank(message = "Describe the action") @Size(max = 1000, message = "Keep the action under 1,000 characters") String description,
            String leadPersonId,
            LocalDate dueDate,
            boolean done) {
    }

    public record UpdateMeetingInput(
            @NotBlank(message = "Say which meeting") String id,
            @NotNull(message = "Send the version you edited") Long version,
            @NotNull(message = "Enter the meeting date") LocalDate date,
            @Size(max = 160, message = "Keep the title under 160 characters") String title,
            List<@Valid AgendaItemInput> agenda,
            List<@NotBlank(message = "A decision cannot be empty") String> decisions,
            List<@Valid MeetingActionInput> actions) {
    }

    public record AttendanceInput(
            @NotBlank(message = "Choose the member") String personId,
            @NotNull(message = "Choose present, apologies, absent or deputy") AttendanceStatus status,
            @Size(max = 120, message = "Keep the deputy's name under 120 characters") String deputyName) {
    }

    public record RecordAttendanceInput(
            @NotBlank(message = "Say which meeting") String meetingId,
            @NotNull(message = "Send the version you edited") Long version,
            @NotNull(message = "Send the attendance") List<@Valid AttendanceInput> attendance) {
    }

    public record LockAttendanceInput(
            @NotBlank(message = "Say which meeting") String meetingId,
            @NotNull(message = "Send the version you edited") Long version) {
    }
}
