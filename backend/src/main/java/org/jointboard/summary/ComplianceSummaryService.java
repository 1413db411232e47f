package org.jointboard.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.jointboard.assessment.AuditCycle;
import org.jointboard.assessment.AuditCycleService;
import org.jointboard.assessment.AuditReturn;
import org.jointboard.assessment.Framework;
import org.jointboard.assessment.FrameworkService;
import org.jointboard.assessment.RatingLevel;
import org.jointboard.assessment.ReturnState;
import org.jointboard.assessment.Standard;
import org.jointboard.security.CurrentUsers;
import org.jointboard.summary.ComplianceTypes.ChaseEntry;
import org.jointboard.summary.ComplianceTypes.ComplianceCell;
import org.jointboard.summary.ComplianceTypes.ComplianceRow;
import org.jointboard.summary.ComplianceTypes.ComplianceSummary;
import org.jointboard.summary.ComplianceTypes.CycleTracker;
import org.jointboard.summary.ComplianceTypes.RatingCount;
import org.jointboard.summary.ComplianceTypes.StandardCompliance;
import org.jointboard.summary.ComplianceTypes.StateCount;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The cycle tracker and the compliance summary, per cycle and partnership. Every figure is a database aggregation over
 * the ratings each return keeps up to date for each partnership it covers, so the cost does not grow with the number of
 * returns (a return covering several partnerships counts in each of them).
 */
@Service
public class ComplianceSummaryService {

    private static final String RETURNS = "auditReturns";

    private final AuditCycleService cycles;
    private final FrameworkService frameworks;
    private final MongoOperations mongo;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ComplianceSummaryService(AuditCycleService cycles, FrameworkService frameworks, MongoOperations mongo, CurrentUsers currentUsers,
            Clock clock) {
        this.cycles = cycles;
        this.frameworks = frameworks;
        this.mongo = mongo;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** Returns by state, the return rate, on-time submissions and the chase list. */
    @PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER')")
    public CycleTracker tracker(String cycleId, String partnershipCode) {
        AuditCycle cycle = cycles.requireFor(cycleId, partnershipCode);
        var counts = new EnumMap<ReturnState, Integer>(ReturnState.class);
        int total = 0;
        int received = 0;
        int onTime = 0;
        var groups = new java.util.TreeMap<String, int[]>();
        var aggregation = Aggregation.newAggregation(Aggregation.match(ofCycle(cycleId, partnershipCode)),
                Aggregation.group("state", "submittedOnTime", "phase", "establishmentType").count().as("count"));
        for (Document row : mongo.aggregate(aggregation, RETURNS, Document.class).getMappedResults()) {
            Document id = row.get("_id", Document.class);
            int count = ((Number) row.get("count")).intValue();
            counts.merge(ReturnState.valueOf(id.getString("state")), count, Integer::sum);
            total += count;
            Boolean inTime = id.getBoolean("submittedOnTime");
            received += inTime == null ? 0 : count;
            onTime += Boolean.TRUE.equals(inTime) ? count : 0;
            if (id.getString("phase") != null) {
                int[] group = groups.computeIfAbsent(id.getString("phase") + "|" + id.getString("establishmentType"), k -> new int[2]);
                group[0] += count;
                group[1] += inTime == null ? 0 : count;
            }
        }
        List<ComplianceTypes.GroupCount> bySchoolGroup = groups.entrySet().stream().map(e -> new ComplianceTypes.GroupCount(
                e.getKey().split("\\|")[0], e.getKey().split("\\|")[1], e.getValue()[0], e.getValue()[1])).toList();
        List<StateCount> byState = java.util.Arrays.stream(ReturnState.values())
                .map(state -> new StateCount(state, counts.getOrDefault(state, 0))).toList();
        return new CycleTracker(cycle, partnershipCode, total, byState, received, onTime, percent(onTime, total),
                chaseList(cycleId, partnershipCode), bySchoolGroup);
    }

    /** Compliance by standard, the organisations × standards heat map, and the change against the previous cycle. */
    @PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER','VIEWER')")
    public ComplianceSummary summary(String cycleId, String partnershipCode) {
        AuditCycle cycle = cycles.requireFor(cycleId, partnershipCode);
        Framework framework = frameworks.find(cycle.getFrameworkId());
        int expected = 0;
        int received = 0;
        var counts = Aggregation.newAggregation(Aggregation.match(ofCycle(cycleId, partnershipCode)),
                Aggregation.group("submittedOnTime").count().as("count"));
        for (Document row : mongo.aggregate(counts, RETURNS, Document.class).getMappedResults()) {
            int count = ((Number) row.get("count")).intValue();
            expected += count;
            received += row.get("_id") == null ? 0 : count;
        }
        Map<String, Map<String, int[]>> now = ratingCounts(cycleId, partnershipCode);
        AuditCycle previous = cycles.previous(cycle, partnershipCode);
        Map<String, Map<String, int[]>> before = previous == null ? Map.of() : ratingCounts(previous.getId(), partnershipCode);
        Framework previousFramework = previous == null ? null
                : previous.getFrameworkId().equals(framework.getId()) ? framework : frameworks.find(previous.getFrameworkId());
        var standards = framework.standards().map(standard -> compliance(standard, framework, now.getOrDefault(standard.code(), Map.of()),
                previousFramework == null ? null : percentMet(previousFramework, before.getOrDefault(standard.code(), Map.of())))).toList();
        boolean aggregatesOnly = currentUsers.current().hasRole("VIEWER") && !currentUsers.current().hasRole("BOARD_ADMIN")
                && !currentUsers.current().hasRole("BOARD_CHAIR") && !currentUsers.current().hasRole("EXECUTIVE_MEMBER");
        var sections = framework.getSections().stream().map(section -> sectionCompliance(section, framework, now,
                previousFramework == null ? null : before, previousFramework)).toList();
        return new ComplianceSummary(cycle, partnershipCode, expected, received, standards, sections,
                commonGaps(cycleId, partnershipCode, framework), aggregatesOnly ? null : heatMap(cycleId, partnershipCode, framework), previous);
    }

    private static ComplianceTypes.SectionCompliance sectionCompliance(org.jointboard.assessment.FrameworkSection section, Framework framework,
            Map<String, Map<String, int[]>> now, Map<String, Map<String, int[]>> before, Framework previousFramework) {
        int[] current = tally(framework, section, now);
        Integer percent = percent(current[1], current[0]);
        Integer previous = before == null ? null : percent(tally(previousFramework, section, before)[1], tally(previousFramework, section, before)[0]);
        return new ComplianceTypes.SectionCompliance(section.code(), section.title(), current[0], current[1], percent, previous,
                percent == null || previous == null ? null : percent - previous);
    }

    /** {judged, met} over the section's standards. */
    private static int[] tally(Framework framework, org.jointboard.assessment.FrameworkSection section, Map<String, Map<String, int[]>> counts) {
        int[] result = new int[2];
        for (Standard standard : section.standards()) {
            Map<String, int[]> byRating = counts.getOrDefault(standard.code(), Map.of());
            for (RatingLevel level : framework.getRatingScale()) {
                int count = byRating.getOrDefault(level.value(), new int[2])[0];
                result[0] += level.rank() > 0 ? count : 0;
                result[1] += level.met() ? count : 0;
            }
        }
        return result;
    }

    /** The ten yes/no questions most often answered "no" in received returns, by one aggregation. */
    private List<ComplianceTypes.Gap> commonGaps(String cycleId, String partnershipCode, Framework framework) {
        var aggregation = Aggregation.newAggregation(Aggregation.match(received(cycleId, partnershipCode)),
                Aggregation.project("answers"), Aggregation.unwind("answers"),
                Aggregation.match(Criteria.where("answers.value.yesNo").is(false)),
                Aggregation.group("answers.questionCode").count().as("count"),
                Aggregation.sort(Sort.by(Sort.Order.desc("count"), Sort.Order.asc("_id"))), Aggregation.limit(10));
        var gaps = new ArrayList<ComplianceTypes.Gap>();
        for (Document row : mongo.aggregate(aggregation, RETURNS, Document.class).getMappedResults()) {
            String code = row.getString("_id");
            framework.question(code).ifPresent(q -> gaps.add(new ComplianceTypes.Gap(code, q.text(), framework.standardOf(code),
                    ((Number) row.get("count")).intValue())));
        }
        return gaps;
    }

    private List<ChaseEntry> chaseList(String cycleId, String partnershipCode) {
        LocalDate today = LocalDate.now(clock);
        var query = Query.query(ofCycle(cycleId, partnershipCode).and("state").in(ReturnState.OUTSTANDING.stream().map(Enum::name).toList()).and("dueOn").lt(today))
                .with(Sort.by("dueOn", "sortName"));
        query.fields().include("organisationName", "state", "dueOn", "requiredAnswered", "requiredCount");
        return mongo.find(query, AuditReturn.class).stream().map(r -> new ChaseEntry(r.getId(), r.getOrganisationName(), r.getState(),
                r.getDueOn(), ChronoUnit.DAYS.between(r.getDueOn(), today), r.getRequiredAnswered(), r.getRequiredCount())).toList();
    }

    /** standard code → effective rating (or "" when unrated) → {count, count where self is above moderated}. */
    private Map<String, Map<String, int[]>> ratingCounts(String cycleId, String partnershipCode) {
        var aggregation = Aggregation.newAggregation(Aggregation.match(received(cycleId, partnershipCode)),
                Aggregation.project("areaRatings"), Aggregation.unwind("areaRatings"),
                Aggregation.match(Criteria.where("areaRatings.partnershipCode").is(partnershipCode)),
                Aggregation.group("areaRatings.standardCode", "areaRatings.effective", "areaRatings.selfAboveModerated").count().as("count"));
        Map<String, Map<String, int[]>> result = new HashMap<>();
        for (Document row : mongo.aggregate(aggregation, RETURNS, Document.class).getMappedResults()) {
            Document id = row.get("_id", Document.class);
            int count = ((Number) row.get("count")).intValue();
            String effective = Optional.ofNullable(id.getString("effective")).orElse("");
            int[] tally = result.computeIfAbsent(id.getString("standardCode"), k -> new HashMap<>()).computeIfAbsent(effective, k -> new int[2]);
            tally[0] += count;
            tally[1] += Boolean.TRUE.equals(id.getBoolean("selfAboveModerated")) ? count : 0;
        }
        return result;
    }

    private static StandardCompliance compliance(Standard standard, Framework framework, Map<String, int[]> byRating, Integer previousPercent) {
        var ratings = new ArrayList<RatingCount>();
        int judged = 0;
        int met = 0;
        int gaps = 0;
        for (RatingLevel level : framework.getRatingScale()) {
            int count = byRating.getOrDefault(level.value(), new int[2])[0];
            ratings.add(new RatingCount(level, count));
            judged += level.rank() > 0 ? count : 0;
            met += level.met() ? count : 0;
        }
        for (int[] tally : byRating.values()) {
            gaps += tally[1];
        }
        int notRated = byRating.getOrDefault("", new int[2])[0];
        Integer percent = percent(met, judged);
        Integer change = percent == null || previousPercent == null ? null : percent - previousPercent;
        return new StandardCompliance(standard.code(), standard.title(), ratings, notRated, judged, met, percent, previousPercent, change, gaps);
    }

    private static Integer percentMet(Framework framework, Map<String, int[]> byRating) {
        int judged = 0;
        int met = 0;
        for (RatingLevel level : framework.getRatingScale()) {
            int count = byRating.getOrDefault(level.value(), new int[2])[0];
            judged += level.rank() > 0 ? count : 0;
            met += level.met() ? count : 0;
        }
        return percent(met, judged);
    }

    /** One row per received return: each standard's self, moderated and effective rating for this partnership. */
    private List<ComplianceRow> heatMap(String cycleId, String partnershipCode, Framework framework) {
        var aggregation = Aggregation.newAggregation(Aggregation.match(received(cycleId, partnershipCode)),
                Aggregation.project("organisationName", "sortName", "state", "areaRatings"), Aggregation.unwind("areaRatings"),
                Aggregation.match(Criteria.where("areaRatings.partnershipCode").is(partnershipCode)),
                Aggregation.project("organisationName", "sortName", "state").and("areaRatings").as("rating"),
                Aggregation.sort(Sort.by("sortName", "_id")));
        Map<String, ComplianceRow> rows = new LinkedHashMap<>();
        for (Document row : mongo.aggregate(aggregation, RETURNS, Document.class).getMappedResults()) {
            String id = String.valueOf(row.get("_id"));
            Document rating = row.get("rating", Document.class);
            rows.computeIfAbsent(id, k -> new ComplianceRow(id, row.getString("organisationName"), ReturnState.valueOf(row.getString("state")),
                    new ArrayList<>())).cells().add(new ComplianceCell(rating.getString("standardCode"), level(framework, rating.getString("self")),
                    level(framework, rating.getString("moderated")), level(framework, rating.getString("effective")),
                    Boolean.TRUE.equals(rating.getBoolean("selfAboveModerated"))));
        }
        return List.copyOf(rows.values());
    }

    private static RatingLevel level(Framework framework, String value) {
        return value == null ? null : framework.level(value).orElse(null);
    }

    private static Criteria ofCycle(String cycleId, String partnershipCode) {
        return Criteria.where("cycleId").is(cycleId).and("partnershipCodes").is(partnershipCode);
    }

    private static Criteria received(String cycleId, String partnershipCode) {
        return ofCycle(cycleId, partnershipCode).and("firstSubmittedAt").ne(null);
    }

    private static Integer percent(int part, int whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }
}
