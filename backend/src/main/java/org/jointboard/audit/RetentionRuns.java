package org.jointboard.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.core.LockProvider;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.jointboard.common.OneRunAtATime;
import org.jointboard.common.RejectedCommand;
import org.jointboard.security.CurrentUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Works out what retention deletes and deletes it. A record goes once its period has passed under the policy of
 * <em>every</em> partnership it is filed under (the longest wins) and no active legal hold of any of them covers it. A
 * dry run reports, kind by kind, what would go and what is kept by a hold; a real run archives each kind, deletes it
 * and records one audit event per kind with the counts and the archive's checksum. One run at a time across every
 * backend instance (a ShedLock lock in the store); a run while another is in progress is refused.
 */
@Service
public class RetentionRuns {

    static final String LOCK = "retention-run";
    private static final Logger log = LoggerFactory.getLogger(RetentionRuns.class);
    private static final int LISTED = 100;

    private final List<RetentionParticipant> participants;
    private final MongoOperations mongo;
    private final RetentionProperties limits;
    private final RetentionArchive archive;
    private final LockProvider locks;
    private final CurrentUsers currentUsers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RetentionRuns(List<RetentionParticipant> participants, MongoOperations mongo, RetentionProperties limits, RetentionArchive archive,
            LockProvider locks, CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock) {
        this.participants = participants.stream().sorted(Comparator.comparing(RetentionParticipant::kind)).toList();
        this.mongo = mongo;
        this.limits = limits;
        this.archive = archive;
        this.locks = locks;
        this.currentUsers = currentUsers;
        this.events = events;
        this.clock = clock;
    }

    /** What a run would do for the partnership on a day (today, or a later one to plan ahead); nothing is changed. */
    public record Report(String partnership, LocalDate asOf, boolean dryRun, String runId, List<KindReport> kinds) {

        public int total() {
            return kinds.stream().mapToInt(KindReport::due).sum();
        }
    }

    /**
     * One kind's part: how many records have passed their period and go ({@code due}), how many have passed it but are
     * kept by a legal hold, and how many have passed the asking partnership's period but not another's it is filed under.
     */
    public record KindReport(RetentionKind kind, Integer years, int due, int held, int keptLonger, List<Item> records, RetentionArchive.File archive) { }

    /** A record listed in a report; {@code heldBy} names the hold keeping it. */
    public record Item(String recordType, String id, String label, LocalDate since, String heldBy) { }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public Report dryRun(String partnershipCode, LocalDate asOf) {
        currentUsers.requireWorksFor(partnershipCode);
        LocalDate today = LocalDate.now(clock);
        if (asOf != null && asOf.isBefore(today)) {
            throw new RejectedCommand("asOf", "A dry run looks at today or a later day, not an earlier one");
        }
        LocalDate day = asOf == null ? today : asOf;
        var kinds = evaluate(partnershipCode, day).stream().map(e -> e.report(null)).toList();
        return new Report(partnershipCode, day, true, null, kinds);
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public Report run(String partnershipCode) {
        currentUsers.requireWorksFor(partnershipCode);
        return locked(() -> execute(partnershipCode));
    }

    /** The daily run over every partnership (the caller is the scheduler's own actor). */
    Report runEverywhere() {
        return locked(() -> execute(null));
    }

    private Report locked(Supplier<Report> run) {
        return OneRunAtATime.run(locks, LOCK, Duration.ofHours(2), "partnershipCode",
                "A retention run is already in progress (on request or the daily run); try again when it has finished", run);
    }

    private Report execute(String partnershipCode) {
        LocalDate today = LocalDate.now(clock);
        String runId = new ObjectId().toHexString();
        var kinds = new ArrayList<KindReport>();
        for (Evaluation evaluation : evaluate(partnershipCode, today)) {
            if (evaluation.due.isEmpty()) {
                kinds.add(evaluation.report(null));
                continue;
            }
            RetentionArchive.File file = limits.archive() ? archive.write(runId, evaluation.participant.kind(), evaluation.due) : null;
            if (evaluation.participant instanceof AuditEventRetention auditEvents) {
                auditEvents.prune(runId, evaluation.due);
            } else {
                evaluation.participant.dispose(evaluation.due);
            }
            events.publishEvent(recorded(runId, partnershipCode, today, evaluation, file));
            log.info("Retention run {}: {} {} disposed of ({})", runId, evaluation.due.size(), evaluation.participant.kind(),
                    file == null ? "not archived" : file.name() + " sha256 " + file.sha256());
            kinds.add(evaluation.report(file));
        }
        return new Report(partnershipCode, today, false, runId, kinds);
    }

    private RetentionChanged.RunRecorded recorded(String runId, String partnershipCode, LocalDate today, Evaluation evaluation, RetentionArchive.File file) {
        RetentionKind kind = evaluation.participant.kind();
        var partnerships = new TreeSet<String>();
        evaluation.due.forEach(r -> partnerships.addAll(r.partnershipCodes()));
        if (partnershipCode != null) {
            partnerships.add(partnershipCode);
        }
        var after = new Document("runId", runId).append("kind", kind.name()).append("kindLabel", kind.label())
                .append("disposal", kind.disposal().name()).append("count", evaluation.due.size()).append("asOf", today.toString())
                .append("heldByLegalHold", evaluation.held.size())
                .append("archiveFile", file == null ? null : file.name()).append("archiveSha256", file == null ? null : file.sha256())
                .append("recordIds", evaluation.due.stream().limit(1000).map(RetainedRecord::id).toList());
        String reason = (kind.disposal() == RetentionKind.Disposal.REDACT ? "Personal data removed from " : "Deleted ") + evaluation.due.size() + " "
                + kind.label().toLowerCase(java.util.Locale.UK) + " past their retention period";
        return new RetentionChanged.RunRecorded(runId + "-" + kind.name().toLowerCase(java.util.Locale.ROOT), partnerships, after, reason);
    }

    private List<Evaluation> evaluate(String partnershipCode, LocalDate asOf) {
        Map<String, RetentionPolicy> policies = mongo.findAll(RetentionPolicy.class).stream()
                .collect(Collectors.toMap(RetentionPolicy::getPartnershipCode, p -> p));
        List<LegalHold> holds = mongo.find(Query.query(Criteria.where("liftedAt").isNull()), LegalHold.class);
        var evaluations = new ArrayList<Evaluation>();
        for (RetentionParticipant participant : participants) {
            RetentionKind kind = participant.kind();
            Integer askingYears = partnershipCode == null ? null : yearsFor(policies, partnershipCode, kind);
            int shortest = askingYears != null ? askingYears
                    : Math.min(limits.defaultYears(kind), policies.values().stream().mapToInt(p -> p.yearsFor(kind, limits)).min().orElse(Integer.MAX_VALUE));
            var evaluation = new Evaluation(participant, askingYears);
            for (RetainedRecord record : participant.startedBy(asOf.minusYears(shortest), partnershipCode)) {
                if (askingYears != null && record.since().plusYears(askingYears).isAfter(asOf)) {
                    continue;
                }
                int longest = record.partnershipCodes().stream().mapToInt(p -> yearsFor(policies, p, kind)).max().orElse(limits.defaultYears(kind));
                if (record.since().plusYears(longest).isAfter(asOf)) {
                    evaluation.keptLonger++;
                    continue;
                }
                holds.stream().filter(h -> h.covers(record)).findFirst()
                        .ifPresentOrElse(hold -> evaluation.held.add(Map.entry(record, hold)), () -> evaluation.due.add(record));
            }
            evaluations.add(evaluation);
        }
        return evaluations;
    }

    private int yearsFor(Map<String, RetentionPolicy> policies, String partnershipCode, RetentionKind kind) {
        RetentionPolicy policy = policies.get(partnershipCode);
        return policy == null ? limits.defaultYears(kind) : policy.yearsFor(kind, limits);
    }

    private static final class Evaluation {

        private final RetentionParticipant participant;
        private final Integer years;
        private final List<RetainedRecord> due = new ArrayList<>();
        private final List<Map.Entry<RetainedRecord, LegalHold>> held = new ArrayList<>();
        private int keptLonger;

        private Evaluation(RetentionParticipant participant, Integer years) {
            this.participant = participant;
            this.years = years;
        }

        private KindReport report(RetentionArchive.File file) {
            var items = new ArrayList<Item>();
            due.stream().limit(LISTED).forEach(r -> items.add(new Item(r.recordType(), r.id(), r.label(), r.since(), null)));
            held.stream().limit(LISTED).forEach(e -> items.add(new Item(e.getKey().recordType(), e.getKey().id(), e.getKey().label(), e.getKey().since(),
                    "Legal hold on " + e.getValue().getTargetLabel() + ": " + e.getValue().getReason())));
            return new KindReport(participant.kind(), years, due.size(), held.size(), keptLonger, items, file);
        }
    }
}
