package org.jointboard.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jointboard.partnership.Serves;
import org.jointboard.partnership.OrganisationKind;

/** Inputs of the assessment engine's mutations. */
public final class AssessmentInputs {

    private AssessmentInputs() {
    }

    public record RatingLevelInput(@NotBlank(message = "Enter the rating's value") String value,
            @NotBlank(message = "Enter the rating's label") String label,
            @NotNull(message = "Choose red, amber, green or none") Rag rag,
            @NotNull(message = "Rank the rating (0 for not applicable)") @Min(value = 0, message = "Rank from 0") Integer rank,
            @NotNull(message = "Say whether the rating counts as met") Boolean met) {

        RatingLevel toLevel() {
            return new RatingLevel(value, label, rag, rank, met);
        }
    }

    public record QuestionInput(@NotBlank(message = "Enter the question's code") String code,
            @NotBlank(message = "Enter the question") @Size(max = 2000, message = "Keep the question under 2,000 characters") String text,
            @Size(max = 5000, message = "Keep the guidance under 5,000 characters") String guidance,
            @NotNull(message = "Choose how the question is answered") AnswerType answerType,
            Boolean required, Serves serves, List<String> choices, Double minimum, Double maximum, Set<String> establishmentTypes,
            List<@NotBlank(message = "Enter the earlier edition's question code") String> replaces) {

        Question toQuestion() {
            return new Question(code, text, guidance, answerType, Boolean.TRUE.equals(required), serves, choices, minimum, maximum, establishmentTypes,
                    replaces);
        }
    }

    public record StandardInput(@NotBlank(message = "Enter the standard's code") String code,
            @NotBlank(message = "Enter the standard's title") String title, String guidance,
            @NotEmpty(message = "A standard needs questions") List<@Valid QuestionInput> questions) {

        Standard toStandard() {
            return new Standard(code, title, guidance, questions.stream().map(QuestionInput::toQuestion).toList());
        }
    }

    public record SectionInput(@NotBlank(message = "Enter the section's code") String code,
            @NotBlank(message = "Enter the section's title") String title, String guidance,
            @NotEmpty(message = "A section needs standards") List<@Valid StandardInput> standards) {

        FrameworkSection toSection() {
            return new FrameworkSection(code, title, guidance, standards.stream().map(StandardInput::toStandard).toList());
        }
    }

    public record FrameworkInput(@NotBlank(message = "Enter the framework's title") String title, String description,
            @NotNull(message = "Say whether it serves children's, adults' or both boards") Serves serves,
            @NotEmpty(message = "Choose the kinds of organisation it is for") Set<OrganisationKind> organisationKinds,
            @NotEmpty(message = "A framework needs a rating scale") List<@Valid RatingLevelInput> ratingScale,
            @NotEmpty(message = "A framework needs sections") List<@Valid SectionInput> sections,
            List<@NotBlank(message = "Name who signs off, for example Head teacher") String> signOffs) {

        FrameworkContent toContent() {
            return new FrameworkContent(title, description, serves, organisationKinds,
                    ratingScale.stream().map(RatingLevelInput::toLevel).toList(), sections.stream().map(SectionInput::toSection).toList(), signOffs);
        }
    }

    public record CreateFrameworkInput(
            @NotBlank(message = "Enter the framework's code") @Pattern(regexp = "[A-Z0-9_-]{2,20}", message = "Use 2 to 20 capital letters, digits, - or _") String code,
            @NotNull @Valid FrameworkInput framework) {
    }

    public record UpdateFrameworkInput(@NotBlank(message = "Say which framework") String id,
            @NotNull(message = "Send the version you edited") Long version, @NotNull @Valid FrameworkInput framework) {
    }

    public record PublishFrameworkInput(@NotBlank(message = "Say which framework") String id,
            @NotNull(message = "Send the version you checked") Long version) {
    }

    public record CreateAuditCycleInput(@NotBlank(message = "Enter a title") @Size(max = 200, message = "Keep the title under 200 characters") String title,
            @NotBlank(message = "Enter the period, for example 2026/27") @Size(max = 40, message = "Keep the period under 40 characters") String period,
            @NotBlank(message = "Choose the framework") String frameworkId,
            @NotEmpty(message = "Choose at least one partnership") Set<String> partnershipCodes,
            @NotNull(message = "Enter the date the cycle opens") LocalDate opensOn,
            @NotNull(message = "Enter the deadline") LocalDate dueOn,
            Set<OrganisationKind> organisationKinds, Set<String> organisationCodes, Set<org.jointboard.partnership.SchoolPhase> schoolPhases) {
    }

    public record IssueAuditCycleInput(@NotBlank(message = "Say which cycle") String id,
            @NotNull(message = "Send the version you checked") Long version) {
    }

    public record AddendumInput(@NotBlank(message = "Say which partnership the addendum is for") String partnership,
            @NotBlank(message = "Write the addendum, or remove it") @Size(max = 5000, message = "Keep the addendum under 5,000 characters") String text) {
    }

    public record AnswerInput(@NotBlank(message = "Say which question") String questionCode,
            @NotNull(message = "Send the revision you last saw (0 if unanswered)") @Min(value = 0, message = "Revisions start at 0") Integer expectedRevision,
            String rating, Boolean yesNo, Double number,
            @Size(max = 5000, message = "Keep the answer under 5,000 characters") String text, String choice,
            List<@Valid AddendumInput> addenda) {

        AnswerChange toChange(String field) {
            var value = new AnswerValue(blank(rating), yesNo, number, text == null || text.isBlank() ? null : text.strip(), blank(choice));
            return new AnswerChange(field, questionCode, expectedRevision, value,
                    addenda == null ? List.of() : addenda.stream().map(a -> new Addendum(a.partnership(), a.text().strip())).toList());
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }

    public record SaveAnswersInput(@NotBlank(message = "Say which return") String returnId,
            @NotEmpty(message = "Send at least one answer") @Size(max = 200, message = "Save at most 200 answers at a time") List<@Valid AnswerInput> answers) {
    }

    public record AssignSectionInput(@NotBlank(message = "Say which return") String returnId,
            @NotNull(message = "Send the version you read") Long version,
            @NotBlank(message = "Say which section") @Size(max = 100, message = "Keep the section code under 100 characters") String sectionCode,
            @Size(max = 255, message = "Keep the username under 255 characters") String username) {
    }

    public record StartReturnBlankInput(@NotBlank(message = "Say which return") String returnId,
            @NotNull(message = "Send the version you read") Long version) {
    }

    public record SubmitReturnInput(@NotBlank(message = "Say which return") String returnId,
            @NotNull(message = "Send the version you checked") Long version) {
    }

    public record ReturnForChangesInput(@NotBlank(message = "Say which return") String returnId,
            @NotNull(message = "Send the version you reviewed") Long version,
            @NotBlank(message = "Say for which partnership") String partnership,
            @NotBlank(message = "Say what needs to change") @Size(max = 5000, message = "Keep the reasons under 5,000 characters") String reasons) {
    }

    public record AcceptReturnInput(@NotBlank(message = "Say which return") String returnId,
            @NotNull(message = "Send the version you reviewed") Long version,
            @NotBlank(message = "Say for which partnership") String partnership) {
    }

    public record ReopenReturnInput(@NotBlank(message = "Say which return") String returnId,
            @NotNull(message = "Send the version you reviewed") Long version,
            @NotBlank(message = "Say for which partnership") String partnership,
            @NotBlank(message = "Say why it is re-opened") @Size(max = 5000, message = "Keep the reason under 5,000 characters") String reason) {
    }

    public record ModeratedRatingInput(@NotBlank(message = "Say which standard") String standardCode,
            @NotBlank(message = "Choose the moderated rating") String rating,
            @Size(max = 5000, message = "Keep the rationale under 5,000 characters") String rationale) {
    }

    public record ModerateRatingsInput(@NotBlank(message = "Say which return") String returnId,
            @NotNull(message = "Send the version you reviewed") Long version,
            @NotBlank(message = "Say for which partnership") String partnership,
            @NotEmpty(message = "Send at least one rating") List<@Valid ModeratedRatingInput> ratings) {
    }

    public record RecordChallengeInput(@NotBlank(message = "Say which return") String returnId,
            @NotNull(message = "Send the version you reviewed") Long version,
            @NotBlank(message = "Say for which partnership") String partnership,
            @NotNull(message = "Enter the date of the challenge") LocalDate date,
            @NotBlank(message = "Say which panel or meeting") @Size(max = 200, message = "Keep the panel under 200 characters") String panel,
            @NotBlank(message = "Write the questions raised") @Size(max = 5000, message = "Keep the questions under 5,000 characters") String questionsRaised,
            @Size(max = 5000, message = "Keep the response under 5,000 characters") String agencyResponse) {
    }

    public record ReleaseFeedbackInput(@NotBlank(message = "Say which return") String returnId,
            @NotNull(message = "Send the version you reviewed") Long version,
            @NotBlank(message = "Say for which partnership") String partnership) {
    }

    public record SignOffReturnInput(@NotBlank(message = "Say which return") String returnId,
            @NotNull(message = "Send the version you checked") Long version,
            @NotBlank(message = "Say who is signing off") String role,
            @NotBlank(message = "Enter the name of the person signing off") @Size(max = 200, message = "Keep the name under 200 characters") String name,
            @NotNull(message = "Enter the date it was signed off") LocalDate date) {
    }

    public record ReturnFilter(List<ReturnState> states, Boolean overdueOnly) {
    }
}
