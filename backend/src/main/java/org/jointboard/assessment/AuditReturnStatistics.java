package org.jointboard.assessment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Counts over one cycle's returns as one partnership sees them, worked out from the cycle's {@link ReturnTally} for that
 * partnership (one read by id, whatever the number of returns), for the summaries to read: other features read these,
 * never the returns' collection or its field names. No authorisation here: the caller (the summary service) decides who
 * may see which figures.
 */
@Component
public class AuditReturnStatistics {

    private final MongoOperations mongo;
    private final ReturnTallies tallies;

    AuditReturnStatistics(MongoOperations mongo, ReturnTallies tallies) {
        this.mongo = mongo;
        this.tallies = tallies;
    }

    /** How many returns are in a state, submitted on time or late ({@code submittedOnTime} null: not yet), per school group. */
    public record ReturnCount(ReturnState state, Boolean submittedOnTime, String phase, String establishmentType, int count) {

        public boolean received() {
            return submittedOnTime != null;
        }
    }

    /** How many received returns rate a standard so (effective rating, "" for none), and how many of those self-rate above moderation. */
    public record RatingTally(String standardCode, String effective, int count, int selfAboveModerated) {
    }

    /** A yes/no question and how many received returns answered it "no". */
    public record AnsweredNo(String questionCode, int count) {
    }

    /** One standard's ratings in one received return, for the heat map. */
    public record ReturnRating(String returnId, String organisationName, ReturnState state, AreaRating rating) {
    }

    /** One cycle's figures for one partnership: a single read of its tally, counted as the summaries need. */
    public CycleFigures of(String cycleId, String partnershipCode) {
        return new CycleFigures(tallies.of(cycleId, partnershipCode));
    }

    /** A return still being answered after its due date: name, state, due date and progress. */
    public record OverdueReturn(String returnId, String organisationName, ReturnState state, LocalDate dueOn, int requiredAnswered,
            int requiredCount) {
    }

    /** The counts over one cycle's returns as one partnership sees them, from its tally as read once. */
    public static final class CycleFigures {

        private final ReturnTally tally;

        private CycleFigures(ReturnTally tally) {
            this.tally = tally;
        }

        public List<ReturnCount> counts() {
            record Group(ReturnState state, Boolean submittedOnTime, String phase, String establishmentType) {
            }
            Map<Group, Integer> groups = new LinkedHashMap<>();
            for (TallyRow row : tally.rows().values()) {
                groups.merge(new Group(row.state(), row.submittedOnTime(), row.phase(), row.establishmentType()), 1, Integer::sum);
            }
            return groups.entrySet().stream().map(e -> new ReturnCount(e.getKey().state(), e.getKey().submittedOnTime(), e.getKey().phase(),
                    e.getKey().establishmentType(), e.getValue())).toList();
        }

        public List<RatingTally> ratings() {
            record Group(String standardCode, String effective, boolean selfAboveModerated) {
            }
            Map<Group, Integer> groups = new LinkedHashMap<>();
            for (TallyRow row : received()) {
                for (AreaRating rating : row.ratings()) {
                    groups.merge(new Group(rating.standardCode(), rating.effective() == null ? "" : rating.effective(), rating.selfAboveModerated()), 1,
                            Integer::sum);
                }
            }
            return groups.entrySet().stream().map(e -> new RatingTally(e.getKey().standardCode(), e.getKey().effective(), e.getValue(),
                    e.getKey().selfAboveModerated() ? e.getValue() : 0)).toList();
        }

        /** The yes/no questions most often answered "no" in received returns, most first. */
        public List<AnsweredNo> mostAnsweredNo(int limit) {
            Map<String, Integer> counts = new HashMap<>();
            for (TallyRow row : received()) {
                row.answeredNo().forEach(code -> counts.merge(code, 1, Integer::sum));
            }
            return counts.entrySet().stream().map(e -> new AnsweredNo(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparingInt(AnsweredNo::count).reversed().thenComparing(AnsweredNo::questionCode)).limit(limit).toList();
        }

        /** Returns still being answered after their due date, earliest due first. */
        public List<OverdueReturn> overdue(LocalDate today) {
            return tally.rows().entrySet().stream()
                    .filter(e -> ReturnState.OUTSTANDING.contains(e.getValue().state()) && e.getValue().dueOn().isBefore(today))
                    .sorted(Comparator.comparing((Map.Entry<String, TallyRow> e) -> e.getValue().dueOn()).thenComparing(e -> e.getValue().sortName()))
                    .map(e -> new OverdueReturn(e.getKey(), e.getValue().organisationName(), e.getValue().state(), e.getValue().dueOn(),
                            e.getValue().requiredAnswered(), e.getValue().requiredCount()))
                    .toList();
        }

        /** Every standard's ratings in every received return, by organisation name. */
        public List<ReturnRating> ratingsByReturn() {
            return tally.rows().entrySet().stream().filter(e -> e.getValue().received())
                    .sorted(Comparator.comparing((Map.Entry<String, TallyRow> e) -> e.getValue().sortName()).thenComparing(Map.Entry::getKey))
                    .flatMap(e -> e.getValue().ratings().stream().map(rating -> new ReturnRating(e.getKey(), e.getValue().organisationName(),
                            e.getValue().state(), rating)))
                    .toList();
        }

        private List<TallyRow> received() {
            return tally.rows().values().stream().filter(TallyRow::received).toList();
        }
    }

    /** One organisation's received return in one of these cycles, with its ratings for one partnership. */
    public record OrganisationRatings(String cycleId, String organisationName, List<AreaRating> ratings) {
    }

    /** An organisation's ratings for a partnership in each of these cycles where it made a return (one query). */
    public List<OrganisationRatings> ratingsOf(String organisationCode, String partnershipCode, java.util.Collection<String> cycleIds) {
        var query = org.springframework.data.mongodb.core.query.Query.query(Criteria.where("organisationCode").is(organisationCode)
                .and("cycleId").in(cycleIds).and("partnershipCodes").is(partnershipCode).and("firstSubmittedAt").ne(null));
        query.fields().include("cycleId", "organisationName", "areaRatings");
        return mongo.find(query, AuditReturn.class).stream().map(r -> new OrganisationRatings(r.getCycleId(), r.getOrganisationName(),
                r.getAreaRatings().stream().filter(rating -> rating.partnershipCode().equals(partnershipCode)).toList())).toList();
    }
}
