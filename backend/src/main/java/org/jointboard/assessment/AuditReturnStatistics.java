package org.jointboard.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Counts over one cycle's returns as one partnership sees them, each a single database aggregation, for the summaries
 * to read: other features read these, never the returns' collection or its field names. No authorisation here: the
 * caller (the summary service) decides who may see which figures.
 */
@Component
public class AuditReturnStatistics {

    private static final String RETURNS = "auditReturns";

    private final MongoOperations mongo;

    AuditReturnStatistics(MongoOperations mongo) {
        this.mongo = mongo;
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

    public List<ReturnCount> counts(String cycleId, String partnershipCode) {
        var aggregation = Aggregation.newAggregation(Aggregation.match(ofCycle(cycleId, partnershipCode)),
                Aggregation.group("state", "submittedOnTime", "phase", "establishmentType").count().as("count"));
        var counts = new ArrayList<ReturnCount>();
        for (Document row : mongo.aggregate(aggregation, RETURNS, Document.class).getMappedResults()) {
            Document id = row.get("_id", Document.class);
            counts.add(new ReturnCount(ReturnState.valueOf(id.getString("state")), id.getBoolean("submittedOnTime"), id.getString("phase"),
                    id.getString("establishmentType"), ((Number) row.get("count")).intValue()));
        }
        return counts;
    }

    public List<RatingTally> ratings(String cycleId, String partnershipCode) {
        var aggregation = Aggregation.newAggregation(Aggregation.match(received(cycleId, partnershipCode)),
                Aggregation.project("areaRatings"), Aggregation.unwind("areaRatings"),
                Aggregation.match(Criteria.where("areaRatings.partnershipCode").is(partnershipCode)),
                Aggregation.group("areaRatings.standardCode", "areaRatings.effective", "areaRatings.selfAboveModerated").count().as("count"));
        var tallies = new ArrayList<RatingTally>();
        for (Document row : mongo.aggregate(aggregation, RETURNS, Document.class).getMappedResults()) {
            Document id = row.get("_id", Document.class);
            int count = ((Number) row.get("count")).intValue();
            String effective = id.getString("effective") == null ? "" : id.getString("effective");
            tallies.add(new RatingTally(id.getString("standardCode"), effective, count,
                    Boolean.TRUE.equals(id.getBoolean("selfAboveModerated")) ? count : 0));
        }
        return tallies;
    }

    /** The yes/no questions most often answered "no" in received returns, most first. */
    public List<AnsweredNo> mostAnsweredNo(String cycleId, String partnershipCode, int limit) {
        var aggregation = Aggregation.newAggregation(Aggregation.match(received(cycleId, partnershipCode)),
                Aggregation.project("answers"), Aggregation.unwind("answers"),
                Aggregation.match(Criteria.where("answers.value.yesNo").is(false)),
                Aggregation.group("answers.questionCode").count().as("count"),
                Aggregation.sort(Sort.by(Sort.Order.desc("count"), Sort.Order.asc("_id"))), Aggregation.limit(limit));
        var gaps = new ArrayList<AnsweredNo>();
        for (Document row : mongo.aggregate(aggregation, RETURNS, Document.class).getMappedResults()) {
            gaps.add(new AnsweredNo(row.getString("_id"), ((Number) row.get("count")).intValue()));
        }
        return gaps;
    }

    /** Returns still being answered after their due date, earliest due first (name, state, dates and progress only). */
    public List<AuditReturn> overdue(String cycleId, String partnershipCode, LocalDate today) {
        var query = Query.query(ofCycle(cycleId, partnershipCode).and("state").in(ReturnState.OUTSTANDING.stream().map(Enum::name).toList())
                .and("dueOn").lt(today)).with(Sort.by("dueOn", "sortName"));
        query.fields().include("organisationName", "state", "dueOn", "requiredAnswered", "requiredCount");
        return mongo.find(query, AuditReturn.class);
    }

    /** Every standard's ratings in every received return, by organisation name. */
    public List<ReturnRating> ratingsByReturn(String cycleId, String partnershipCode) {
        var aggregation = Aggregation.newAggregation(Aggregation.match(received(cycleId, partnershipCode)),
                Aggregation.project("organisationName", "sortName", "state", "areaRatings"), Aggregation.unwind("areaRatings"),
                Aggregation.match(Criteria.where("areaRatings.partnershipCode").is(partnershipCode)),
                Aggregation.project("organisationName", "sortName", "state").and("areaRatings").as("rating"),
                Aggregation.sort(Sort.by("sortName", "_id")));
        var rows = new ArrayList<ReturnRating>();
        for (Document row : mongo.aggregate(aggregation, RETURNS, Document.class).getMappedResults()) {
            Document rating = row.get("rating", Document.class);
            rows.add(new ReturnRating(String.valueOf(row.get("_id")), row.getString("organisationName"), ReturnState.valueOf(row.getString("state")),
                    new AreaRating(partnershipCode, rating.getString("standardCode"), rating.getString("self"), rating.getString("moderated"),
                            rating.getString("effective"), Boolean.TRUE.equals(rating.getBoolean("selfAboveModerated")))));
        }
        return rows;
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

    private static Criteria ofCycle(String cycleId, String partnershipCode) {
        return Criteria.where("cycleId").is(cycleId).and("partnershipCodes").is(partnershipCode);
    }

    private static Criteria received(String cycleId, String partnershipCode) {
        return ofCycle(cycleId, partnershipCode).and("firstSubmittedAt").ne(null);
    }
}
