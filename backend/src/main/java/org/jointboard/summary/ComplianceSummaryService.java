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
import org.jointboard.assessment.FrameworkSection;
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
                previousFramework == null ? null : JudgedAndMet.of(previousFramework, List.of(standard), before).percent())).toList();
        var sections = framework.getSections().stream().map(section -> sectionCompliance(section, framework, now,
                previousFramework == null ? null : JudgedAndMet.of(previousFramework, section.standards(), before).percent())).toList();
        return new ComplianceSummary(cycle, partnershipCode, expected, received, standards, sections,
                commonGaps(cycleId, partnershipCode, framework), currentUsers.current().isBoardStaff() ? heatMap(cycleId, partnershipCode, framework) : null, previous);
    }

    private static ComplianceTypes.SectionCompliance sectionCompliance(FrameworkSection section, Framework framework,
            Map<String, Map<String, int[]>> now, Integer previousPercent) {
        JudgedAndMet current = JudgedAndMet.of(framework, section.standards(), now);
        return new ComplianceTypes.SectionCompliance(section.code(), section.title(), current.judged(), current.met(), current.percent(),
                previousPercent, change(current.percent(), previousPercent));
    }

    /**
     * Effective ratings over some standards: how many are a judgement (rank above 0, so not "not applicable") and how
     * many of those count as met.
     */
    private record JudgedAndMet(int judged, int met) {

        static JudgedAndMet of(Framework framework, List<Standard> standards, Map<String, Map<String, int[]>> counts) {
            int judged = 0;
            int met = 0;
            for (Standard standard : standards) {
                Map<String, int[]> byRating = counts.getOrDefault(standard.code(), Map.of());
                for (RatingLevel level : framework.getRatingScale()) {
                    int count = countOf(byRating, level);
                    judged += level.rank() > 0 ? count : 0;
                    met += level.met() ? count : 0;
                }
            }
            return new JudgedAndMet(judged, met);
        }

        Integer percent() {
            return ComplianceSummaryService.percent(met, judged);
        }
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
        var ratings = framework.getRatingScale().stream().map(level -> new RatingCount(level, countOf(byRating, level))).toList();
        JudgedAndMet current = JudgedAndMet.of(framework, List.of(standard), Map.of(standard.code(), byRating));
        int gaps = byRating.values().stream().mapToInt(tally -> tally[1]).sum();
        int notRated = byRating.getOrDefault("", new int[2])[0];
        return new StandardCompliance(standard.code(), standard.title(), ratings, notRated, current.judged(), current.met(), current.percent(),
                previousPercent, change(current.percent(), previousPercent), gaps);
    }

    private static int countOf(Map<String, int[]> byRating, RatingLevel level) {
        return byRating.getOrDefault(level.value(), new int[2])[0];
    }

    private static Integer change(Integer now, Integer before) {
        return now == null || before == null ? null : now - before;
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
