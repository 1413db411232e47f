package org.jointboard.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * One return as a partnership's tracker and summaries count it: state, dates, progress, this partnership's ratings and
 * the yes/no questions answered "no". {@code version} is the return's, so an older change never overwrites a newer one.
 */
record TallyRow(long version, String organisationName, String sortName, ReturnState state, LocalDate dueOn, Boolean submittedOnTime,
        boolean received, String phase, String establishmentType, int requiredCount, int requiredAnswered, List<AreaRating> ratings,
        List<String> answeredNo) {

    TallyRow {
        ratings = ratings == null ? List.of() : ratings;
        answeredNo = answeredNo == null ? List.of() : answeredNo;
    }

    static TallyRow of(AuditReturn r, String partnershipCode) {
        var ratings = r.getAreaRatings().stream().filter(rating -> rating.partnershipCode().equals(partnershipCode)).toList();
        var no = r.getAnswers().stream().filter(a -> a.value() != null && Boolean.FALSE.equals(a.value().yesNo())).map(Answer::questionCode).toList();
        return new TallyRow(r.getVersion() == null ? 0 : r.getVersion(), r.getOrganisationName(), r.getSortName(), r.getState(), r.getDueOn(),
                r.getSubmittedOnTime(), r.getFirstSubmittedAt() != null, r.getPhase(), r.getEstablishmentType(), r.getRequiredCount(),
                r.getRequiredAnswered(), ratings, no);
    }
}
