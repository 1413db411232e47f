package org.jointboard.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import net.javacrumbs.shedlock.core.LockProvider;
import org.bson.types.ObjectId;
import org.jointboard.common.OneRunAtATime;
import org.jointboard.security.CurrentUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The reminder run: asks every {@link ReminderSource} what is open, plans each item's steps ({@link ReminderPlanner})
 * under its partnership's settings, and sends each message once. The log's unique key makes "once" hold across a second
 * run, a restart and several backend instances; a ShedLock lock keeps two runs from working at the same time. A failed
 * send is retried with back-off and logged with its reason; it never stops the rest of the run. A missing or malformed
 * address is logged for the business unit to fix.
 */
@Service
public class ReminderRuns {

    static final String LOCK = "reminder-run";
    private static final Logger log = LoggerFactory.getLogger(ReminderRuns.class);
    /** A message claimed but not confirmed sent for this long (the sender crashed) is tried again. */
    private static final Duration STALE = Duration.ofMinutes(15);

    private final List<ReminderSource> sources;
    private final Recipients recipients;
    private final Recipients.Chairs chairs;
    private final NotificationSettingsService settings;
    private final MongoOperations mongo;
    private final JavaMailSender mail;
    private final LockProvider locks;
    private final NotificationProperties properties;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ReminderRuns(List<ReminderSource> sources, Recipients recipients, Recipients.Chairs chairs, NotificationSettingsService settings, MongoOperations mongo,
            JavaMailSender mail, LockProvider locks, NotificationProperties properties, CurrentUsers currentUsers, Clock clock) {
        this.sources = sources.stream().sorted(Comparator.comparing(ReminderSource::kind)).toList();
        this.recipients = recipients;
        this.chairs = chairs;
        this.settings = settings;
        this.mongo = mongo;
        this.mail = mail;
        this.locks = locks;
        this.properties = properties;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** A message the run would send (or did): to whom, about what, at which step. */
    public record Planned(NotificationKind kind, String itemId, String itemTitle, String path, String partnershipCode, String recipientName,
            String recipientEmail, String step, EscalationLevel level, LocalDate deadline, long daysOverdue, String subject, boolean alreadySent) { }

    /** What a run did: counts by outcome and by kind, and how long it took. */
    public record RunReport(String runId, LocalDate day, int sent, int failed, int invalidAddresses, int alreadySent, Map<NotificationKind, Integer> sentByKind,
            long millis) { }

    /** What the run would send for the partnership today; nothing is sent or logged. */
    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public List<Planned> preview(String partnershipCode) {
        currentUsers.requireWorksFor(partnershipCode);
        return plan(partnershipCode, LocalDate.now(clock));
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public RunReport sendNow(String partnershipCode) {
        currentUsers.requireWorksFor(partnershipCode);
        return locked(() -> send(partnershipCode, LocalDate.now(clock)));
    }

    /** The daily run over every partnership; for the scheduler (and tests that move the day on). */
    RunReport runEverywhere(LocalDate day) {
        return locked(() -> send(null, day));
    }

    /** Sends a notice (see {@link Notices}) to its recipients: logged and sent once each, retried like a reminder. */
    void notice(Notices.Notice notice) {
        String runId = new ObjectId().toHexString();
        var item = new DueItem(notice.kind(), notice.itemId(), notice.title(), notice.partnershipCode(), notice.deadline(), notice.path(), notice.recipient(),
                null, false);
        var step = new ReminderPlanner.Step(notice.occurrence(), null, 0);
        for (Recipients.Recipient to : recipientsOf(item, step, NotificationSettings.defaults(notice.partnershipCode()), LocalDate.now(clock))) {
            var planned = new Planned(notice.kind(), notice.itemId(), notice.title(), notice.path(), notice.partnershipCode(), to.name(), to.email(),
                    notice.occurrence(), null, notice.deadline(), 0, notice.subject(), false);
            Notification claimed = claim(planned, runId);
            if (claimed != null && claimed.status() == Notification.Status.PENDING) {
                deliver(claimed, planned, MailComposer.notice(notice, to.name(), properties.uiUrl() + notice.path(),
                        recipients.partnershipName(notice.partnershipCode())));
            }
        }
    }

    private RunReport locked(java.util.function.Supplier<RunReport> run) {
        return OneRunAtATime.run(locks, LOCK, Duration.ofMinutes(30), "partnership",
                "Reminders are being sent right now (on request or the daily run); look at the log in a minute", run);
    }

    private RunReport send(String partnershipCode, LocalDate day) {
        long started = System.nanoTime();
        String runId = new ObjectId().toHexString();
        int sent = 0;
        int failed = 0;
        int invalid = 0;
        int already = 0;
        var byKind = new java.util.EnumMap<NotificationKind, Integer>(NotificationKind.class);
        for (Planned planned : plan(partnershipCode, day)) {
            if (planned.alreadySent()) {
                already++;
                continue;
            }
            Notification claimed = claim(planned, runId);
            if (claimed == null) {
                already++;
                continue;
            }
            if (claimed.status() == Notification.Status.INVALID_ADDRESS) {
                invalid++;
                continue;
            }
            if (deliver(claimed, planned, compose(planned, day))) {
                sent++;
                byKind.merge(planned.kind(), 1, Integer::sum);
            } else {
                failed++;
            }
        }
        var report = new RunReport(runId, day, sent, failed, invalid, already, byKind, Duration.ofNanos(System.nanoTime() - started).toMillis());
        log.info("Reminder run {} for {} on {}: {} sent {}, {} failed, {} invalid addresses, {} already sent, in {} ms", runId,
                partnershipCode == null ? "every partnership" : partnershipCode, day, sent, byKind, failed, invalid, already, report.millis());
        return report;
    }

    private List<Planned> plan(String partnershipCode, LocalDate day) {
        Map<String, NotificationSettings> stored = settings.all();
        int longestLead = stored.values().stream().mapToInt(NotificationSettings::getDaysBefore).max().orElse(0);
        LocalDate horizon = day.plusDays(Math.max(longestLead, NotificationSettings.DEFAULT_DAYS_BEFORE));
        var planned = new ArrayList<Planned>();
        var overdueByPartnership = new java.util.TreeMap<String, List<DueItem>>();
        var digestOnly = mongo.find(Query.query(Criteria.where("digestOnly").is(true)), NotificationPreference.class).stream()
                .map(NotificationPreference::getId).collect(Collectors.toSet());
        var waiting = new java.util.LinkedHashMap<String, DueItem>(); // per digest-only person: one of their items waiting (for the digest's partnership)
        for (ReminderSource source : sources) {
            for (DueItem item : source.openBy(horizon, partnershipCode)) {
                if (item.deadline().isBefore(day)) {
                    overdueByPartnership.computeIfAbsent(item.partnershipCode(), p -> new ArrayList<>()).add(item);
                }
                NotificationSettings rules = stored.getOrDefault(item.partnershipCode(), NotificationSettings.defaults(item.partnershipCode()));
                if (!rules.chases(item, day)) {
                    continue;
                }
                var told = new java.util.HashSet<String>(); // one message per person per item per run, at the lowest step that names them
                for (ReminderPlanner.Step step : ReminderPlanner.steps(item, rules, day)) {
                    if (step.level() == null && NotificationPreference.waitsForDigest(item.kind()) && digestOnly.contains(item.recipient().personId())) {
                        waiting.putIfAbsent(item.recipient().personId(), item);
                        continue;
                    }
                    for (Recipients.Recipient to : recipientsOf(item, step, rules, day)) {
                        if (told.add(to.email() == null ? "no-address:" + to.name() : to.email().toLowerCase(java.util.Locale.ROOT))) {
                            planned.add(planned(item, step, to));
                        }
                    }
                }
            }
        }
        overdueByPartnership.forEach((partnership, overdue) -> digest(partnership, overdue,
                stored.getOrDefault(partnership, NotificationSettings.defaults(partnership)), day).ifPresent(planned::add));
        waiting.forEach((personId, item) -> personalDigest(personId, item.partnershipCode(),
                stored.getOrDefault(item.partnershipCode(), NotificationSettings.defaults(item.partnershipCode())), day).ifPresent(planned::add));
        return markSent(planned);
    }

    /**
     * On the partnership's digest day, one message to the business unit: what is overdue, by kind, and what was escalated
     * in the last seven days. Keyed by the day, so it goes once a week.
     */
    private Optional<Planned> digest(String partnershipCode, List<DueItem> overdue, NotificationSettings rules, LocalDate day) {
        if (rules.getDigestDay() == null || day.getDayOfWeek() != rules.getDigestDay() || rules.getBusinessUnitEmail() == null) {
            return Optional.empty();
        }
        var mail = digestMail(partnershipCode, overdue, day);
        return Optional.of(new Planned(NotificationKind.DIGEST, partnershipCode + "-" + day, "Weekly digest for " + day, "/reminders", partnershipCode,
                "The business unit", rules.getBusinessUnitEmail(), "digest", null, day, 0, mail.subject(), false));
    }

    /** On the partnership's digest day, one message to a person who chose a digest: their risk reviews and actions due or overdue. */
    private Optional<Planned> personalDigest(String personId, String partnershipCode, NotificationSettings rules, LocalDate day) {
        if (rules.getDigestDay() == null || day.getDayOfWeek() != rules.getDigestDay()) {
            return Optional.empty();
        }
        return recipients.person(personId).map(to -> new Planned(NotificationKind.DIGEST, PERSONAL + personId + "-" + day, "Your weekly digest",
                "/actions/mine", partnershipCode, to.name(), to.email(), "digest", null, day, 0, "Your weekly digest: what needs you", false));
    }

    private static final String PERSONAL = "person-";

    private MailComposer.Mail personalDigestMail(Planned p, LocalDate day) {
        String personId = p.itemId().substring(PERSONAL.length(), p.itemId().length() - ("-" + day).length());
        var items = new ArrayList<DueItem>();
        for (ReminderSource source : sources) {
            if (NotificationPreference.waitsForDigest(source.kind())) {
                source.openBy(day.plusDays(NotificationSettings.DEFAULT_DAYS_BEFORE), null).stream()
                        .filter(i -> personId.equals(i.recipient().personId())).forEach(items::add);
            }
        }
        return MailComposer.personalDigest(p.recipientName(), items, day, properties.uiUrl(), recipients.partnershipName(p.partnershipCode()));
    }

    private MailComposer.Mail digestMail(String partnershipCode, List<DueItem> overdue, LocalDate day) {
        var escalated = mongo.find(Query.query(Criteria.where("partnershipCode").is(partnershipCode).and("status").is(Notification.Status.SENT)
                .and("level").ne(null).and("sentAt").gte(day.minusDays(7).atStartOfDay(java.time.ZoneId.of("Europe/London")).toInstant())), Notification.class);
        return MailComposer.digest(recipients.partnershipName(partnershipCode), overdue, escalated, day, properties.uiUrl());
    }

    private List<Recipients.Recipient> recipientsOf(DueItem item, ReminderPlanner.Step step, NotificationSettings rules, LocalDate day) {
        if (step.level() == null) {
            return item.recipient().personId() != null ? recipients.person(item.recipient().personId()).map(List::of).orElse(List.of())
                    : recipients.ofOrganisation(item.recipient().organisationCode(), item.partnershipCode());
        }
        return switch (step.level()) {
            case OWNING_BODY_CHAIR -> item.owningBodyId() == null ? List.of()
                    : chairs.chairOf(item.owningBodyId(), day).flatMap(recipients::person).map(List::of).orElse(List.of());
            case BUSINESS_UNIT -> List.of(new Recipients.Recipient("The business unit", rules.getBusinessUnitEmail()));
            case INDEPENDENT_CHAIR -> chairs.independentChairOf(item.partnershipCode(), day).flatMap(recipients::person).map(List::of).orElse(List.of());
        };
    }

    private Planned planned(DueItem item, ReminderPlanner.Step step, Recipients.Recipient to) {
        var mail = MailComposer.compose(item, step, to.name(), properties.uiUrl() + item.path(), List.of(), recipients.partnershipName(item.partnershipCode()));
        return new Planned(item.kind(), item.itemId(), item.title(), item.path(), item.partnershipCode(), to.name(), to.email(), step.name(), step.level(),
                item.deadline(), step.daysOverdue(), mail.subject(), false);
    }

    /** Marks what the log already holds as sent, by key, in one read (an address logged as invalid stays to be fixed). */
    private List<Planned> markSent(List<Planned> planned) {
        if (planned.isEmpty()) {
            return planned;
        }
        var keys = planned.stream().map(ReminderRuns::key).toList();
        var settled = mongo.find(Query.query(Criteria.where("key").in(keys).and("status").is(Notification.Status.SENT)),
                Notification.class).stream().map(Notification::key).collect(Collectors.toSet());
        return planned.stream().map(p -> settled.contains(key(p)) ? new Planned(p.kind(), p.itemId(), p.itemTitle(), p.path(), p.partnershipCode(),
                p.recipientName(), p.recipientEmail(), p.step(), p.level(), p.deadline(), p.daysOverdue(), p.subject(), true) : p).toList();
    }

    private static String key(Planned p) {
        return Notification.key(p.kind(), p.itemId(), p.recipientEmail() == null ? "no-address:" + p.recipientName() : p.recipientEmail(), p.step(), p.deadline());
    }

    /**
     * Takes the message for this run: inserts its log entry, or takes over one that failed or was left pending by a
     * crash. Null if another run has it (or sent it).
     */
    private Notification claim(Planned p, String runId) {
        Instant now = clock.instant();
        boolean valid = EmailAddresses.valid(p.recipientEmail());
        var entry = new Notification(new ObjectId().toHexString(), key(p), p.kind(), p.itemId(), p.itemTitle(), p.path(), p.partnershipCode(),
                p.recipientName(), p.recipientEmail(), p.step(), p.level(), p.deadline(), p.subject(),
                valid ? Notification.Status.PENDING : Notification.Status.INVALID_ADDRESS, 0,
                valid ? null : (p.recipientEmail() == null || p.recipientEmail().isBlank() ? "No e-mail address in the register for " + p.recipientName()
                        : "Not an e-mail address: " + p.recipientEmail()), now, null, runId);
        try {
            return mongo.insert(entry);
        } catch (DuplicateKeyException taken) {
            var retry = Query.query(Criteria.where("key").is(entry.key()).orOperator(Criteria.where("status").is(Notification.Status.FAILED),
                    Criteria.where("status").is(Notification.Status.PENDING).and("createdAt").lt(now.minus(STALE))));
            return mongo.findAndModify(retry, new Update().set("status", Notification.Status.PENDING).set("runId", runId).set("createdAt", now),
                    FindAndModifyOptions.options().returnNew(true), Notification.class);
        }
    }

    private MailComposer.Mail compose(Planned p, LocalDate day) {
        if (p.kind() == NotificationKind.DIGEST && p.itemId().startsWith(PERSONAL)) {
            return personalDigestMail(p, day);
        }
        if (p.kind() == NotificationKind.DIGEST) {
            var overdue = new ArrayList<DueItem>();
            for (ReminderSource source : sources) {
                source.openBy(day.minusDays(1), p.partnershipCode()).forEach(overdue::add);
            }
            return digestMail(p.partnershipCode(), overdue, day);
        }
        List<Notification> earlier = p.level() == null ? List.of() : mongo.find(Query.query(Criteria.where("itemId").is(p.itemId())
                .and("status").is(Notification.Status.SENT)).with(Sort.by("sentAt")), Notification.class);
        DueItem item = new DueItem(p.kind(), p.itemId(), p.itemTitle(), p.partnershipCode(), p.deadline(), p.path(), null, null, false);
        return MailComposer.compose(item, new ReminderPlanner.Step(p.step(), p.level(), p.daysOverdue()), p.recipientName(), properties.uiUrl() + p.path(),
                earlier, recipients.partnershipName(p.partnershipCode()));
    }

    private boolean deliver(Notification entry, Planned p, MailComposer.Mail composed) {
        Duration wait = properties.backoff();
        String error = null;
        int attempts = entry.attempts();
        for (int attempt = 1; attempt <= properties.attempts(); attempt++) {
            attempts++;
            try {
                var message = mail.createMimeMessage();
                var helper = new MimeMessageHelper(message, true, "UTF-8");
                helper.setFrom(properties.from());
                helper.setTo(new jakarta.mail.internet.InternetAddress(p.recipientEmail(), p.recipientName(), "UTF-8"));
                helper.setSubject(composed.subject());
                helper.setText(composed.text(), composed.html());
                message.setHeader("X-JointBoard-Partnership", p.partnershipCode());
                message.setHeader("X-JointBoard-Kind", p.kind().name());
                message.setHeader("X-JointBoard-Item", p.itemId());
                mail.send(message);
                mongo.updateFirst(Query.query(Criteria.where("_id").is(entry.id())), new Update().set("status", Notification.Status.SENT)
                        .set("sentAt", clock.instant()).set("attempts", attempts).set("subject", composed.subject()).unset("lastError"), Notification.class);
                return true;
            } catch (MailException | MessagingException | java.io.UnsupportedEncodingException e) {
                error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                if (attempt < properties.attempts()) {
                    sleep(wait);
                    wait = wait.multipliedBy(2);
                }
            }
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(entry.id())), new Update().set("status", Notification.Status.FAILED)
                .set("attempts", attempts).set("lastError", error), Notification.class);
        log.warn("Reminder to {} about {} not sent after {} attempts: {}", p.recipientEmail(), p.itemId(), attempts, error);
        return false;
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
