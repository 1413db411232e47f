package org.jointboard.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jointboard.assessment.AuditCycle;
import org.jointboard.assessment.AuditCycleService;
import org.jointboard.assessment.Framework;
import org.jointboard.assessment.FrameworkService;
import org.jointboard.audit.Snapshots;
import org.jointboard.common.RejectedCommand;
import org.jointboard.security.CurrentUser;
import org.jointboard.security.CurrentUsers;
import org.jointboard.summary.BenchmarkTypes.AreaFigures;
import org.jointboard.summary.BenchmarkTypes.ComplianceBenchmark;
import org.jointboard.summary.BenchmarkTypes.OthersMedian;
import org.jointboard.summary.BenchmarkTypes.StandardFigure;
import org.jointboard.summary.BenchmarkTypes.StandardHeading;
import org.jointboard.summary.internal.BenchmarkSharingRepository;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/**
 * Compliance across areas for one framework and period (done by hand today in regional sub-groups): each of the caller's
 * partnerships side by side (return rate, % met per standard, self-rated above moderation), and the anonymised median
 * of the other partnerships that chose to share, never another area's named figures.
 */
@Service
@Validated
@PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER','VIEWER')")
public class BenchmarkService {

    private final AuditCycleService cycles;
    private final FrameworkService frameworks;
    private final ComplianceSummaryService summaries;
    private final BenchmarkSharingRepository sharing;
    private final CurrentUsers currentUsers;
    private final Snapshots snapshots;
    private final ApplicationEventPublisher events;
    private final int minimumOthers;

    BenchmarkService(AuditCycleService cycles, FrameworkService frameworks, ComplianceSummaryService summaries, BenchmarkSharingRepository sharing,
            CurrentUsers currentUsers, Snapshots snapshots, ApplicationEventPublisher events,
            @Value("${jointboard.benchmark.minimum-others:3}") int minimumOthers) {
        this.cycles = cycles;
        this.frameworks = frameworks;
        this.summaries = summaries;
        this.sharing = sharing;
        this.currentUsers = currentUsers;
        this.snapshots = snapshots;
        this.events = events;
        this.minimumOthers = minimumOthers;
    }

    public record SetBenchmarkSharingInput(@NotBlank(message = "Say which partnership") String partnership,
            @NotNull(message = "Say whether to share") Boolean shared, @NotNull(message = "Send the version you read") Long version) {
    }

    public ComplianceBenchmark benchmark(String frameworkCode, String period) {
        if (frameworkCode == null || frameworkCode.isBlank()) {
            throw new RejectedCommand("frameworkCode", "Say which framework to compare, for example S11");
        }
        if (period == null || period.isBlank()) {
            throw new RejectedCommand("period", "Say which period to compare, for example 2026/27");
        }
        CurrentUser user = currentUsers.current();
        List<AuditCycle> issued = cycles.issuedIn(frameworkCode.strip(), period.strip());
        Map<String, Framework> editions = frameworks.byIds(issued.stream().map(AuditCycle::getFrameworkId).distinct().toList());
        Function<String, Optional<AreaFigures>> figuresOf = p -> cycleOf(issued, p)
                .map(c -> summaries.figures(c, p, editions.get(c.getFrameworkId())));
        List<AreaFigures> areas = user.sortedPartnerships().stream().map(p -> figuresOf.apply(p).orElse(AreaFigures.none(p))).toList();
        Set<String> shared = sharing.findBySharedTrue().stream().map(BenchmarkSharing::getPartnershipCode).collect(Collectors.toSet());
        List<AreaFigures> others = issued.stream().flatMap(c -> c.getPartnershipCodes().stream()).distinct()
                .filter(p -> shared.contains(p) && !user.worksFor(p))
                .flatMap(p -> figuresOf.apply(p).stream()).toList();
        List<StandardHeading> standards = editions.values().stream().max(Comparator.comparingInt(Framework::getEdition))
                .map(f -> f.standards().map(s -> new StandardHeading(s.code(), s.title())).toList()).orElse(List.of());
        OthersMedian median = others.size() < minimumOthers ? null : median(others, standards);
        return new ComplianceBenchmark(frameworkCode.strip(), period.strip(), standards, areas, others.size(), minimumOthers, median);
    }

    public BenchmarkSharing sharing(String partnershipCode) {
        currentUsers.requireWorksFor(partnershipCode);
        return sharing.findById(partnershipCode).orElseGet(() -> BenchmarkSharing.notShared(partnershipCode));
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public BenchmarkSharing setSharing(@Valid SetBenchmarkSharingInput input) {
        currentUsers.requireWorksFor(input.partnership());
        BenchmarkSharing current = sharing.findById(input.partnership())
                .orElseGet(() -> sharing.insert(BenchmarkSharing.notShared(input.partnership())));
        var before = snapshots.of(current);
        current.share(input.shared());
        current.expectVersion(input.version());
        BenchmarkSharing saved = sharing.save(current);
        events.publishEvent(new BenchmarkSharingChanged("setBenchmarkSharing", before, saved));
        return saved;
    }

    /** The partnership's cycle of the period (the latest deadline, if it ran two). */
    private static Optional<AuditCycle> cycleOf(List<AuditCycle> issued, String partnershipCode) {
        return issued.stream().filter(c -> c.getPartnershipCodes().contains(partnershipCode)).max(Comparator.comparing(AuditCycle::getDueOn));
    }

    private static OthersMedian median(List<AreaFigures> others, List<StandardHeading> standards) {
        var figures = new ArrayList<StandardFigure>();
        for (StandardHeading standard : standards) {
            figures.add(new StandardFigure(standard.code(), median(others, a -> a.standards().stream()
                    .filter(s -> s.code().equals(standard.code())).map(StandardFigure::percentMet).filter(Objects::nonNull).findFirst().orElse(null))));
        }
        return new OthersMedian(others.size(), median(others, AreaFigures::returnRatePercent), median(others, AreaFigures::selfAboveModeratedPercent),
                figures);
    }

    /** The median of the areas' figures that exist; of an even number, the mean of the middle two rounded half up. */
    static Integer median(List<AreaFigures> areas, Function<AreaFigures, Integer> figure) {
        List<Integer> values = areas.stream().map(figure).filter(Objects::nonNull).sorted().toList();
        if (values.isEmpty()) {
            return null;
        }
        int middle = values.size() / 2;
        return values.size() % 2 == 1 ? values.get(middle) : (int) Math.round((values.get(middle - 1) + values.get(middle)) / 2.0);
    }
}
