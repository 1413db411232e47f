package org.jointboard.ui.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** What the assessment pages read from the backend. */
final class AssessmentRecords {

    private AssessmentRecords() {
    }

    record ReturnRow(String id, String cycleTitle, String period, String organisationName, String state, List<String> partnershipCodes,
            LocalDate dueOn, boolean overdue, int requiredCount, int requiredAnswered) {
    }

    record RatingLevel(String value, String label, String rag, int rank, boolean met) {
    }

    record SignOff(String role, String name, LocalDate date) {
    }

    record FrameworkInfo(String title, List<String> signOffs, List<RatingLevel> ratingScale) {

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

    record Answer(String questionCode, int revision, AnswerValue value) {
    }

    record Action(String standardCode, String action, String lead, LocalDate dueBy, boolean done) {
    }

    record Event(String action, String to, String at, String byName, String partnershipCode, String reason) {
    }

    record Moderated(String standardCode, String rating, String rationale) {
    }

    record Challenge(LocalDate date, String panel, String questionsRaised, String agencyResponse) {
    }

    record Review(String partnershipCode, boolean accepted, boolean feedbackReleased, List<Moderated> moderated, List<Challenge> challenges) {
    }

    record Permissions(boolean canEdit, List<String> decidePartnerships, List<String> moderatePartnerships) {
    }

    record ReturnDetail(String id, String cycleTitle, String period, String organisationName, String state, List<String> partnershipCodes,
            LocalDate dueOn, boolean overdue, int requiredCount, int requiredAnswered, int version, String lastSavedAt, String lastSavedBy,
            FrameworkInfo framework, List<SignOff> signOffs, List<Section> sections, List<Answer> answers, List<Action> actions, List<Event> events, List<Review> reviews,
            Permissions permissions) {
    }

    record SavedAnswers(String state, int version, int requiredAnswered, int requiredCount, String lastSavedAt, List<Answer> answers) {
    }

    record Cycle(String id, String title, String period, LocalDate dueOn, String status, int version, int returnCount) {
    }

    record FrameworkEdition(String id, String code, int edition, String title, String status, List<String> organisationKinds) {
    }

    record StateCount(String state, int count) {
    }

    record ChaseEntry(String returnId, String organisationName, String state, LocalDate dueOn, int daysOverdue, int requiredAnswered,
            int requiredCount) {
    }

    record SchoolGroup(String phase, String establishmentType, int total, int received) {
    }

    record Tracker(int total, int received, int onTime, Integer onTimePercent, List<StateCount> byState, List<ChaseEntry> overdue,
            List<SchoolGroup> bySchoolGroup) {
    }

    record AreaAcceptance(String partnershipCode, boolean accepted) {
    }

    record TrackerRow(String id, String organisationName, String state, boolean overdue, LocalDate dueOn, int requiredAnswered,
            int requiredCount, List<AreaAcceptance> reviews) {
    }

    record Level(String label, String rag) {
    }

    record RatingLabel(String value, String label, String rag) {
    }

    record RatingCount(RatingLabel rating, int count) {
    }

    record StandardCompliance(String code, String title, int judged, int met, int notRated, Integer percentMet, Integer previousPercentMet,
            Integer change, int selfAboveModerated, List<RatingCount> ratings) {
    }

    record Cell(String standardCode, Level self, Level moderated, Level effective, boolean selfAboveModerated) {
    }

    record Row(String returnId, String organisationName, String state, List<Cell> cells) {
    }

    record PreviousCycle(String title) {
    }

    record SectionCompliance(String code, String title, int judged, int met, Integer percentMet, Integer change) {
    }

    record Gap(String questionCode, String text, int count) {
    }

    record Summary(int returnsExpected, int returnsReceived, PreviousCycle previousCycle, List<StandardCompliance> standards,
            List<SectionCompliance> sections, List<Gap> commonGaps, List<Row> heatMap) {
    }

    /** NOT_STARTED → "Not started". */
    static String stateLabel(String state) {
        String words = state.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
