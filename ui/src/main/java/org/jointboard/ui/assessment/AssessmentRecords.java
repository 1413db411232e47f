package org.jointboard.ui.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** What the assessment pages read from the backend. */
public final class AssessmentRecords {

    private AssessmentRecords() {
    }

    record ReturnRow(String id, String cycleTitle, String period, String organisationName, String state, List<String> partnershipCodes,
            LocalDate dueOn, boolean overdue, int requiredCount, int requiredAnswered) {
    }

    record RatingLevel(String value, String label, String rag, int rank, boolean met) {
    }

    public record SignOff(String role, String name, LocalDate date) {
    }

    record FrameworkInfo(String code, String title, List<String> signOffs, List<RatingLevel> ratingScale) {

        /** The rating's words, for example "Partially met" for PARTIALLY_MET. */
        String label(String rating) {
            return ratingScale.stream().filter(level -> level.value().equals(rating)).findFirst().map(RatingLevel::label).orElse(rating);
        }
    }

    record Question(String code, String text, String guidance, String answerType, boolean required, List<String> choices,
            Double minimum, Double maximum) {
    }

    record Standard(String code, String title, String guidance, List<Question> questions) {
    }

    record Section(String code, String title, String guidance, List<Standard> standards) {
    }

    record AnswerValue(String rating, Boolean yesNo, Double number, String text, String choice) {
    }

    /** {@code toConfirm}: carried forward from last cycle and not yet confirmed or changed (it does not count yet). */
    record Answer(String questionCode, int revision, AnswerValue value, boolean toConfirm, boolean changedSinceLastYear, LastYear lastYear,
            String answeredBy) {
    }

    /** The answer the organisation gave in the cycle before. */
    record LastYear(String cycleTitle, String questionCode, AnswerValue value) {
    }

    record OrganisationRef(String code) {
    }

    /** A file attached to an evidence question; its type is what the backend found in its content. */
    record EvidenceFile(String id, String questionCode, String name, double size, String typeLabel, String uploadedByName, String uploadedAt) {
    }

    /** What an upload or a removal answers: the file (on upload), the return's new version and its progress. */
    record EvidenceSaved(EvidenceFile file, int version, int requiredAnswered, int requiredCount) {
    }


    record Event(String action, String to, String at, String byName, String partnershipCode, String reason) {
    }

    record Moderated(String standardCode, String rating, String rationale) {
    }

    public record Challenge(LocalDate date, String panel, String questionsRaised, String agencyResponse) {
    }

    record Review(String partnershipCode, boolean accepted, boolean feedbackReleased, List<Moderated> moderated, List<Challenge> challenges) {
    }

    /** What the caller may do now, as the backend decides it: the views offer exactly these steps. */
    record Permissions(boolean canEdit, boolean canSignOff, boolean canSubmit, List<String> moderatePartnerships, List<PartnershipSteps> partnerships,
            boolean canAssign, boolean answersEverySection, List<String> assignedSections) {

        /** Whether the caller may answer this section's questions now: the lead any, a contributor those assigned to them. */
        boolean answers(String sectionCode) {
            return answersEverySection || assignedSections != null && assignedSections.contains(sectionCode);
        }

        /** Whether the caller may answer anything now. */
        boolean answersAny() {
            return answersEverySection || assignedSections != null && !assignedSections.isEmpty();
        }

        PartnershipSteps in(String partnership) {
            return partnerships.stream().filter(p -> p.partnership().equals(partnership)).findFirst()
                    .orElse(new PartnershipSteps(partnership, false, false, false, false, false, false));
        }
    }

    record PartnershipSteps(String partnership, boolean canAccept, boolean canReturn, boolean canReopen, boolean canModerate,
            boolean canChallenge, boolean canReleaseFeedback) {
    }

    record ReturnDetail(String id, String cycleTitle, String period, String organisationName, String state, List<String> partnershipCodes,
            LocalDate dueOn, boolean overdue, int requiredCount, int requiredAnswered, int version, String lastSavedAt, String lastSavedBy,
            FrameworkInfo framework, List<SignOff> signOffs, List<Section> sections, List<Answer> answers, List<org.jointboard.ui.actionplan.ActionPlanNavigation.RecordLink> actions,
            List<org.jointboard.ui.actionplan.ActionPlanNavigation.RecordLink> risks, List<Event> events, List<Review> reviews,
            Permissions permissions, List<EvidenceFile> evidence, OrganisationRef organisation, List<Assignment> assignments,
            List<Colleague> assignableColleagues) {
    }

    /** A section the lead gave a colleague. */
    record Assignment(String sectionCode, String username, String name) {
    }

    /** A colleague of the organisation who signs in. */
    record Colleague(String username, String name, String jobTitle) {
    }

    record SavedAnswers(String state, int version, int requiredAnswered, int requiredCount, String lastSavedAt, List<Answer> answers) {
    }

    public record Cycle(String id, String title, String period, LocalDate dueOn, String status, int version, int returnCount) {
    }

    record FrameworkEdition(String id, String code, int edition, String title, String status, List<String> organisationKinds) {
    }

    /** NOT_STARTED → "Not started". */
    public static String stateLabel(String state) {
        String words = state.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
