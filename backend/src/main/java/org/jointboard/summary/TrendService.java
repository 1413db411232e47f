package org.jointboard.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jointboard.assessment.AreaRating;
import org.jointboard.assessment.AuditCycle;
import org.jointboard.assessment.AuditCycleService;
import org.jointboard.assessment.AuditReturnStatistics;
import org.jointboard.assessment.AuditReturnStatistics.OrganisationRatings;
import org.jointboard.assessment.Framework;
import org.jointboard.assessment.FrameworkService;
import org.jointboard.assessment.RatingLevel;
import org.jointboard.assessment.Standard;
import org.jointboard.common.RejectedCommand;
import org.jointboard.summary.TrendTypes.ComplianceTrend;
import org.jointboard.summary.TrendTypes.OrganisationStandardTrend;
import org.jointboard.summary.TrendTypes.OrganisationTrend;
import org.jointboard.summary.TrendTypes.RatingPoint;
import org.jointboard.summary.TrendTypes.StandardTrend;
import org.jointboard.summary.TrendTypes.TrendCycle;
import org.jointboard.summary.TrendTypes.TrendPoint;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * How compliance moved over every issued cycle of one framework code (Section 11 year on year; a new edition keeps its
 * standards' codes): a partnership's % met per standard (aggregates, so viewers too), and one organisation's ratings per
 * standard for the board's staff.
 */
@Service
public class TrendService {

    private final AuditCycleService cycles;
    private final FrameworkService frameworks;
    private final ComplianceSummaryService summaries;
    private final AuditReturnStatistics statistics;

    TrendService(AuditCycleService cycles, FrameworkService frameworks, ComplianceSummaryService summaries, AuditReturnStatistics statistics) {
        this.cycles = cycles;
        this.frameworks = frameworks;
        this.summaries = summaries;
        this.statistics = statistics;
    }

    @PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER','VIEWER')")
    public ComplianceTrend complianceTrend(String partnershipCode, String frameworkCode) {
        List<AuditCycle> issued = issued(partnershipCode, frameworkCode);
        Map<String, Framework> byId = frameworks.byIds(issued.stream().map(AuditCycle::getFrameworkId).distinct().toList());
        Map<String, Map<String, Integer>> percents = new LinkedHashMap<>();
        issued.forEach(c -> percents.put(c.getId(), summaries.percentMetByStandard(c.getId(), partnershipCode, byId.get(c.getFrameworkId()))));
        var standards = standards(issued, byId).stream().map(s -> new StandardTrend(s.code(), s.title(),
                issued.stream().map(c -> new TrendPoint(c.getId(), percents.get(c.getId()).get(s.code()))).toList())).toList();
        return new ComplianceTrend(partnershipCode, frameworkCode, cycles(issued), standards);
    }

    @PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER')")
    public OrganisationTrend organisationTrend(String organisationCode, String partnershipCode, String frameworkCode) {
        List<AuditCycle> issued = issued(partnershipCode, frameworkCode);
        Map<String, Framework> byId = frameworks.byIds(issued.stream().map(AuditCycle::getFrameworkId).distinct().toList());
        Map<String, OrganisationRatings> returns = statistics.ratingsOf(organisationCode, partnershipCode, issued.stream().map(AuditCycle::getId).toList())
                .stream().collect(Collectors.toMap(OrganisationRatings::cycleId, r -> r, (a, b) -> a));
        String name = returns.values().stream().map(OrganisationRatings::organisationName).findFirst().orElse(organisationCode);
        var standards = standards(issued, byId).stream().map(s -> new OrganisationStandardTrend(s.code(), s.title(), issued.stream().map(c -> {
            OrganisationRatings made = returns.get(c.getId());
            Framework framework = byId.get(c.getFrameworkId());
            AreaRating rating = made == null ? null
                    : made.ratings().stream().filter(r -> r.standardCode().equals(s.code())).findFirst().orElse(null);
            return rating == null ? new RatingPoint(c.getId(), made != null, null, null, null)
                    : new RatingPoint(c.getId(), true, level(framework, rating.self()), level(framework, rating.moderated()), level(framework, rating.effective()));
        }).toList())).toList();
        return new OrganisationTrend(organisationCode, name, partnershipCode, frameworkCode, cycles(issued), standards);
    }

    /** The partnership's issued cycles of the framework code, oldest deadline first (refused if the caller does not work for it). */
    private List<AuditCycle> issued(String partnershipCode, String frameworkCode) {
        if (frameworkCode == null || frameworkCode.isBlank() || frameworkCode.length() > 60) {
            throw new RejectedCommand("frameworkCode", "Say which framework, by its code (for example S11)");
        }
        return cycles.ofPartnership(partnershipCode).stream().filter(c -> c.getFrameworkCode().equals(frameworkCode))
                .filter(c -> c.getStatus() != AuditCycle.Status.PLANNED).sorted(Comparator.comparing(AuditCycle::getDueOn)).toList();
    }

    private static List<TrendCycle> cycles(List<AuditCycle> issued) {
        return issued.stream().map(c -> new TrendCycle(c.getId(), c.getTitle(), c.getPeriod(), c.getDueOn())).toList();
    }

    /** Standards by code: the latest edition's in its order, then any only earlier editions had. */
    private static List<Standard> standards(List<AuditCycle> issued, Map<String, Framework> byId) {
        var byCode = new LinkedHashMap<String, Standard>();
        new ArrayList<>(issued).reversed().forEach(c -> byId.get(c.getFrameworkId()).standards().forEach(s -> byCode.putIfAbsent(s.code(), s)));
        return List.copyOf(byCode.values());
    }

    private static RatingLevel level(Framework framework, String value) {
        return value == null ? null : framework.level(value).orElse(null);
    }
}
