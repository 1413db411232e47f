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

import org.jointboard.assessment.AreaRating;
import org.jointboard.assessment.AuditCycle;
import org.jointboard.assessment.AuditReturnStatistics;
import org.jointboard.assessment.AuditReturnStatistics.AnsweredNo;
import org.jointboard.assessment.AuditReturnStatistics.CycleFigures;
import org.jointboard.assessment.AuditReturnStatistics.RatingTally;
import org.jointboard.assessment.AuditReturnStatistics.ReturnCount;
import org.jointboard.assessment.AuditReturnStatistics.ReturnRating;
import org.jointboard.assessment.AuditCycleService;
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

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The cycle tracker and the compliance summary, per cycle and partnership. Every figure is counted from the rows the
 * cycle's tally keeps up to date for each partnership (one read by id), so the cost of the database work does not grow
 * with the number of returns in the store (a return covering several partnerships counts in each of them).
 */
@Service
public class ComplianceSummaryService {


    private final AuditCycleService cycles;
    private final FrameworkService frameworks;
    private final AuditReturnStatistics statistics;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ComplianceSummaryService(AuditCycleService cycles, FrameworkService frameworks, AuditReturnStatistics statistics, CurrentUsers currentUsers,
            Clock clock) {
        this.cycles = cycles;
        this.frameworks = frameworks;
        this.statistics = statistics;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** Returns by state, the return rate, on-time submissions and the chase list. */
    @PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER')")
    public CycleTracker tracker(String cycleId, String partnershipCode) {
        AuditCycle cycle = cycles.requireFor(cycleId, partnershipCode);
        CycleFigures figures = statistics.of(cycleId, partnershipCode);
        var counts = new EnumMap<ReturnState, Integer>(ReturnState.class);
        int total = 0;
        int received = 0;
        int onTime = 0;
        var groups = new java.util.TreeMap<SchoolGroup, Tally>();
        for (ReturnCount count : figures.counts()) {
            counts.merge(count.state(), count.count(), Integer::sum);
            total += count.count();
            received += count.received() ? count.count() : 0;
            onTime += Boolean.TRUE.equals(count.submittedOnTime()) ? count.count() : 0;
            if (count.phase() != null) {
                groups.merge(new SchoolGroup(count.phase(), count.establishmentType()), new Tally(count.count(), count.received() ? count.count() : 0), Tally::plus);
            }
        }
        List<ComplianceTypes.GroupCount> bySchoolGroup = groups.entrySet().stream().map(e -> new ComplianceTypes.GroupCount(
                e.getKey().phase(), e.getKey().establishmentType(), e.getValue().count(), e.getValue().of())).toList();
        List<StateCount> byState = java.util.Arrays.stream(ReturnState.values())
                .map(state -> new StateCount(state, counts.getOrDefault(state, 0))).toList();
        return new CycleTracker(cycle, partnershipCode, total, byState, received, onTime, percent(onTime, total),
                chaseList(figures), bySchoolGroup);
    }

    /** A group of schools on the tracker: phase and establishment type. */
    private record SchoolGroup(String phase, String establishmentType) implements Comparable<SchoolGroup> {

        @Override
        public int compareTo(SchoolGroup other) {
            return java.util.Comparator.comparing(SchoolGroup::phase).thenComparing(SchoolGroup::establishmentType,
                    java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())).compare(this, other);
        }
    }

    /** A count and how many of those have some property (received; self-rated above moderation). */
    private record Tally(int count, int of) {

        static final Tally NONE = new Tally(0, 0);

        Tally plus(Tally other) {
            return new Tally(count + other.count, of + other.of);
        }
    }

    /** Compliance by standard, the organisations × standards heat map, and the change against the previous cycle. */
    @PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER','VIEWER')")
    public ComplianceSummary summary(String cycleId, String partnershipCode) {
        AuditCycle cycle = cycles.requireFor(cycleId, partnershipCode);
        Framework framework = frameworks.find(cycle.getFrameworkId());
        CycleFigures figures = statistics.of(cycleId, partnershipCode);
        Tally issued = issuedAndReceived(figures);
        int expected = issued.count();
        int received = issued.of();
        Map<String, Map<String, Tally>> now = ratingCounts(figures);
        AuditCycle previous = cycles.previous(cycle, partnershipCode);
        Map<String, Map<String, Tally>> before = previous == null ? Map.of() : ratingCounts(statistics.of(previous.getId(), partnershipCode));
        Framework previousFramework = previous == null ? null
                : previous.getFrameworkId().equals(framework.getId()) ? framework : frameworks.find(previous.getFrameworkId());
        var standards = framework.standards().map(standard -> compliance(standard, framework, now.getOrDefault(standard.code(), Map.of()),
                previousFramework == null ? null : JudgedAndMet.of(previousFramework, List.of(standard), before).percent())).toList();
        var sections = framework.getSections().stream().map(section -> sectionCompliance(section, framework, now,
                previousFramework == null ? null : JudgedAndMet.of(previousFramework, section.standards(), before).percent())).toList();
        return new ComplianceSummary(cycle, partnershipCode, expected, received, standards, sections,
                commonGaps(figures, framework), currentUsers.current().isBoardStaff() ? heatMap(figures, framework) : null, previous);
    }

    /**
     * One partnership's headline figures for a cycle it ran, to compare areas: return rate, each standard's % met and
     * how often organisations rated themselves above the board's moderation. Aggregates only; the caller decides who sees them.
     */
    BenchmarkTypes.AreaFigures figures(AuditCycle cycle, String partnershipCode, Framework framework) {
        CycleFigures figures = statistics.of(cycle.getId(), partnershipCode);
        Tally issued = issuedAndReceived(figures);
        Map<String, Map<String, Tally>> counts = ratingCounts(figures);
        var standards = framework.standards().map(standard -> new BenchmarkTypes.StandardFigure(standard.code(),
                JudgedAndMet.of(framework, List.of(standard), counts).percent())).toList();
        int judged = JudgedAndMet.of(framework, framework.standards().toList(), counts).judged();
        int aboveModeration = counts.values().stream().flatMap(byRating -> byRating.entrySet().stream())
                .filter(e -> framework.level(e.getKey()).map(l -> l.rank() > 0).orElse(false)).mapToInt(e -> e.getValue().of()).sum();
        return new BenchmarkTypes.AreaFigures(partnershipCode, cycle.getId(), cycle.getTitle(), issued.count(), issued.of(),
                percent(issued.of(), issued.count()), percent(aboveModeration, judged), standards);
    }

    /** Returns issued covering the partnership ({@code count}) and how many of them were received ({@code of}). */
    private static Tally issuedAndReceived(CycleFigures figures) {
        Tally tally = Tally.NONE;
        for (ReturnCount count : figures.counts()) {
            tally = tally.plus(new Tally(count.count(), count.received() ? count.count() : 0));
        }
        return tally;
    }

    /** Each standard's % met (met ÷ judged effective ratings) in one cycle for one partnership, by code (one aggregation). */
    Map<String, Integer> percentMetByStandard(String cycleId, String partnershipCode, Framework framework) {
        Map<String, Map<String, Tally>> counts = ratingCounts(statistics.of(cycleId, partnershipCode));
        var result = new HashMap<String, Integer>();
        framework.standards().forEach(standard -> result.put(standard.code(), JudgedAndMet.of(framework, List.of(standard), counts).percent()));
        return result;
    }

    private static ComplianceTypes.SectionCompliance sectionCompliance(FrameworkSection section, Framework framework,
            Map<String, Map<String, Tally>> now, Integer previousPercent) {
        JudgedAndMet current = JudgedAndMet.of(framework, section.standards(), now);
        return new ComplianceTypes.SectionCompliance(section.code(), section.title(), current.judged(), current.met(), current.percent(),
                previousPercent, change(current.percent(), previousPercent));
    }

    /**
     * Effective ratings over some standards: how many are a judgement (rank above 0, so not "not applicable") and how
     * many of those count as met.
     */
    private record JudgedAndMet(int judged, int met) {

        static JudgedAndMet of(Framework framework, List<Standard> standards, Map<String, Map<String, Tally>> counts) {
            int judged = 0;
            int met = 0;
            for (Standard standard : standards) {
                Map<String, Tally> byRating = counts.getOrDefault(standard.code(), Map.of());
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

    /** The ten yes/no questions most often answered "no" in received returns. */
    private static List<ComplianceTypes.Gap> commonGaps(CycleFigures figures, Framework framework) {
        var gaps = new ArrayList<ComplianceTypes.Gap>();
        for (AnsweredNo no : figures.mostAnsweredNo(10)) {
            framework.question(no.questionCode()).ifPresent(q -> gaps.add(new ComplianceTypes.Gap(no.questionCode(), q.text(),
                    framework.standardOf(no.questionCode()), no.count())));
        }
        return gaps;
    }

    private List<ChaseEntry> chaseList(CycleFigures figures) {
        LocalDate today = LocalDate.now(clock);
        return figures.overdue(today).stream().map(r -> new ChaseEntry(r.returnId(), r.organisationName(), r.state(),
                r.dueOn(), ChronoUnit.DAYS.between(r.dueOn(), today), r.requiredAnswered(), r.requiredCount())).toList();
    }

    /** standard code → effective rating (or "" when unrated) → how many, and how many self-rated above moderation. */
    private static Map<String, Map<String, Tally>> ratingCounts(CycleFigures figures) {
        Map<String, Map<String, Tally>> result = new HashMap<>();
        for (RatingTally tally : figures.ratings()) {
            result.computeIfAbsent(tally.standardCode(), k -> new HashMap<>())
                    .merge(tally.effective(), new Tally(tally.count(), tally.selfAboveModerated()), Tally::plus);
        }
        return result;
    }

    private static StandardCompliance compliance(Standard standard, Framework framework, Map<String, Tally> byRating, Integer previousPercent) {
        var ratings = framework.getRatingScale().stream().map(level -> new RatingCount(level, countOf(byRating, level))).toList();
        JudgedAndMet current = JudgedAndMet.of(framework, List.of(standard), Map.of(standard.code(), byRating));
        int gaps = byRating.values().stream().mapToInt(Tally::of).sum();
        int notRated = byRating.getOrDefault("", Tally.NONE).count();
        return new StandardCompliance(standard.code(), standard.title(), ratings, notRated, current.judged(), current.met(), current.percent(),
                previousPercent, change(current.percent(), previousPercent), gaps);
    }

    private static int countOf(Map<String, Tally> byRating, RatingLevel level) {
        return byRating.getOrDefault(level.value(), Tally.NONE).count();
    }

    private static Integer change(Integer now, Integer before) {
        return now == null || before == null ? null : now - before;
    }

    /** One row per received return: each standard's self, moderated and effective rating for this partnership. */
    private static List<ComplianceRow> heatMap(CycleFigures figures, Framework framework) {
        Map<String, ComplianceRow> rows = new LinkedHashMap<>();
        for (ReturnRating row : figures.ratingsByReturn()) {
            AreaRating rating = row.rating();
            rows.computeIfAbsent(row.returnId(), k -> new ComplianceRow(row.returnId(), row.organisationName(), row.state(), new ArrayList<>()))
                    .cells().add(new ComplianceCell(rating.standardCode(), level(framework, rating.self()), level(framework, rating.moderated()),
                            level(framework, rating.effective()), rating.selfAboveModerated()));
        }
        return List.copyOf(rows.values());
    }

    private static RatingLevel level(Framework framework, String value) {
        return value == null ? null : framework.level(value).orElse(null);
    }

    private static Integer percent(int part, int whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }
}
