package org.jointboard.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.bson.Document;
import org.jointboard.BackendIntegrationTest;
import org.jointboard.DemoGraphQlTestSupport;
import org.jointboard.TestClock;
import org.jointboard.TestTokens;
import org.jointboard.assessment.DemoAssessments;
import org.jointboard.security.CurrentUsers;
import org.jointboard.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.TestPropertySource;

/**
 * Reminders on the demo data, delivered over SMTP to the backend's embedded GreenMail server: each kind reaches the
 * right person with a subject that says what and a link to its page; a second run, a restarted backend (a fresh run
 * object on the same store) and two runs at once send nothing twice; a day moved on escalates up the ladder; a failing
 * SMTP server is retried, logged, and does not stop the run; a bad address is logged, not sent; only board admins.
 */
@BackendIntegrationTest
@TestPropertySource(properties = "jointboard.demo-data.enabled=true")
class ReminderGraphQlTests extends DemoGraphQlTestSupport {

    private static final String P = "wolverhampton";
    private static final String YOUTH_LAST_YEAR = DemoAssessments.returnId(DemoAssessments.LAST_CYCLE, "youth-organisations-wolverhampton");

    @Autowired
    GreenMail smtp;
    @Autowired
    ReminderRuns runs;
    @Autowired
    JavaMailSender mail;
    @Autowired
    LockProvider locks;
    @Autowired
    NotificationSettingsService settings;
    @Autowired
    NotificationProperties properties;
    @Autowired
    Recipients recipients;
    @Autowired
    Recipients.Chairs chairs;
    @Autowired
    List<ReminderSource> sources;
    @Autowired
    CurrentUsers currentUsers;

    @BeforeEach
    void emptyMailbox() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void sendingNowRemindsEachKindsPeopleWithTheDeadlineAndALinkAndASecondRunSendsNothing() throws Exception {
        var sent = as(TestTokens.admin()).document("mutation { sendRemindersNow(input: { partnership: \"wolverhampton\" }) { report { sent failed invalidAddresses "
                + "alreadySent sentByKind { kind count } } } }").execute();
        sent.errors().verify();
        int count = sent.path("sendRemindersNow.report.sent").entity(Integer.class).get();
        assertThat(count).isPositive().isEqualTo(smtp.getReceivedMessages().length);
        sent.path("sendRemindersNow.report.sentByKind[*].kind").entityList(String.class)
                .satisfies(kinds -> assertThat(kinds).containsExactlyInAnyOrder("RETURN", "RISK_REVIEW", "ACTION"));
        sent.path("sendRemindersNow.report.failed").entity(Integer.class).isEqualTo(0);

        // last year's return the youth organisations never started: its coordinator, overdue, with the link to it
        MimeMessage youth = only(to("tom.hughes@jointboard.example", "Overdue: Youth Organisations Wolverhampton"));
        assertThat(youth.getSubject()).contains("Section 11 audit", "was due on");
        assertThat(text(youth)).contains("What to do next: answer the remaining questions", properties.uiUrl() + "/returns/" + YOUTH_LAST_YEAR);
        // and, a year overdue, the whole ladder: the business unit and the independent chair, with the reminders already sent
        MimeMessage escalated = only(to("business.unit@wolverhampton.jointboard.example", "Escalated: Youth Organisations Wolverhampton"));
        assertThat(text(escalated)).contains("You are told as the business unit", "Reminders already sent:", "Tom Hughes");
        assertThat(to("chris.chair@jointboard.example", "Escalated: ")).isNotEmpty();
        // risk reviews to their owners, actions to their leads, each linking to its page
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> header(m, "X-JointBoard-Kind").equals("RISK_REVIEW")))
                .isNotEmpty().allSatisfy(m -> assertThat(text(m)).contains(properties.uiUrl() + "/risks/"));
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> header(m, "X-JointBoard-Kind").equals("ACTION")))
                .isNotEmpty().allSatisfy(m -> assertThat(text(m)).contains(properties.uiUrl() + "/actions/"));
        assertThat(smtp.getReceivedMessages()).allSatisfy(m -> assertThat(m.getContentType()).startsWith("multipart/"));

        var summaries = as(TestTokens.admin()).document("query($ids: [ID!]!) { reminderSummaries(partnership: \"wolverhampton\", itemIds: $ids) { itemId reminders "
                + "lastRemindedAt escalations lastEscalatedTo } }").variable("ids", List.of(YOUTH_LAST_YEAR, "no-such-item")).execute();
        summaries.path("reminderSummaries[*].itemId").entityList(String.class).containsExactly(YOUTH_LAST_YEAR);
        summaries.path("reminderSummaries[0].reminders").entity(Integer.class).isEqualTo(1);
        summaries.path("reminderSummaries[0].escalations").entity(Integer.class).satisfies(n -> assertThat(n).isPositive());
        assertError(as(TestTokens.chair()).document("{ reminderSummaries(partnership: \"wolverhampton\", itemIds: [\"x\"]) { itemId } }").execute(), "FORBIDDEN");

        var again = as(TestTokens.admin()).document("mutation { sendRemindersNow(input: { partnership: \"wolverhampton\" }) { report { sent alreadySent } } }").execute();
        again.path("sendRemindersNow.report.sent").entity(Integer.class).isEqualTo(0);
        again.path("sendRemindersNow.report.alreadySent").entity(Integer.class).isEqualTo(count);
        assertThat(smtp.getReceivedMessages()).hasSize(count);
        // the daily run then sends the other partnerships' (and nothing of Wolverhampton's again); a backend started afresh on the same store
        // (a new run) sends nothing at all
        int others = SystemActor.run("test", "Daily", () -> runs.runEverywhere(TestClock.today())).sent();
        assertThat(smtp.getReceivedMessages()).hasSize(count + others);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(m -> address(m) + "|" + header(m, "X-JointBoard-Item") + "|" + subject(m)).distinct())
                .as("nobody was sent the same message twice").hasSize(count + others);
        assertThat(SystemActor.run("test", "Restarted", () -> freshRuns(mail, locks).runEverywhere(TestClock.today())).sent()).isZero();

        as(TestTokens.admin()).document("{ notificationLog(partnership: \"wolverhampton\", filter: { status: SENT }, first: 100) { edges { node { status sentAt } } } }")
                .execute().path("notificationLog.edges[*].node.status").entityList(String.class).hasSize(Math.min(count, 100));
        as(TestTokens.admin()).document("{ sentEmail(partnership: \"wolverhampton\", first: 200) { embedded messages { to subject } } }").execute()
                .path("sentEmail.messages[*].subject").entityList(String.class).hasSize(Math.min(count, 200));
    }

    @Test
    void twoRunsAtOnceEvenWithoutTheLockSendEachMessageOnce() throws Exception {
        LockProvider alwaysGranted = configuration -> Optional.of(() -> { });
        var first = freshRuns(mail, alwaysGranted);
        var second = freshRuns(mail, alwaysGranted);
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Callable<ReminderRuns.RunReport>> both = List.of(() -> SystemActor.run("a", "A", () -> first.runEverywhere(TestClock.today())),
                    () -> SystemActor.run("b", "B", () -> second.runEverywhere(TestClock.today())));
            var reports = new ArrayList<ReminderRuns.RunReport>();
            for (var future : pool.invokeAll(both)) {
                reports.add(future.get());
            }
            int sent = reports.stream().mapToInt(ReminderRuns.RunReport::sent).sum();
            assertThat(sent).isPositive().isEqualTo(smtp.getReceivedMessages().length);
            assertThat(Arrays.stream(smtp.getReceivedMessages()).map(m -> address(m) + "|" + header(m, "X-JointBoard-Item") + "|" + subject(m)).distinct())
                    .as("no one is sent the same message twice").hasSize(sent);
            assertThat(mongo.count(Query.query(Criteria.where("status").is(Notification.Status.SENT)), Notification.class)).isEqualTo(sent);
        }
        // with the lock held, a run on request is refused rather than racing
        SimpleLock held = locks.lock(new LockConfiguration(Clock.systemUTC().instant(), ReminderRuns.LOCK, Duration.ofMinutes(5), Duration.ZERO)).orElseThrow();
        try {
            var refused = as(TestTokens.admin()).document("mutation { sendRemindersNow(input: { partnership: \"wolverhampton\" }) { report { sent } } }").execute();
            assertBadRequest(refused, "partnership");
        } finally {
            held.unlock();
        }
    }

    @Test
    void aDayMovedOnEscalatesUpTheLadderAtTheConfiguredDelays() throws Exception {
        // this year's returns are due in three weeks: nothing for them today
        LocalDate due = mongo.findById(DemoAssessments.CURRENT_CYCLE, Document.class, "auditCycles").getDate("dueOn").toInstant()
                .atZone(TestClock.LONDON).toLocalDate();
        String council = DemoAssessments.returnId(DemoAssessments.CURRENT_CYCLE, "royal-wolverhampton-nhs");
        assertThat(SystemActor.run("t", "T", () -> runs.runEverywhere(TestClock.today())).sent()).isPositive();
        assertThat(to("nadia.khan@jointboard.example", "Royal Wolverhampton")).isEmpty();

        SystemActor.run("t", "T", () -> runs.runEverywhere(due.minusDays(3)));
        assertThat(only(to("nadia.khan@jointboard.example", "Reminder: Royal Wolverhampton NHS Trust: Section 11")).getSubject()).contains("is due on");
        SystemActor.run("t", "T", () -> runs.runEverywhere(due.plusDays(27)));
        assertThat(to("business.unit@wolverhampton.jointboard.example", "Escalated: Royal Wolverhampton")).as("not before 28 days").isEmpty();
        SystemActor.run("t", "T", () -> runs.runEverywhere(due.plusDays(28)));
        assertThat(only(to("business.unit@wolverhampton.jointboard.example", "Escalated: Royal Wolverhampton")).getSubject()).contains("28 days overdue");

        // a shorter delay set by the business unit takes effect at once
        var current = settings.all().get(P);
        as(TestTokens.admin()).document("mutation($input: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $input) { settings { version } } }")
                .variable("input", Map.of("partnership", P, "version", current.getVersion(), "daysBefore", 7, "repeatEveryDays", 7,
                        "escalation", List.of(Map.of("level", "INDEPENDENT_CHAIR", "afterDaysOverdue", 30)),
                        "businessUnitEmail", "business.unit@wolverhampton.jointboard.example")).execute().errors().verify();
        SystemActor.run("t", "T", () -> runs.runEverywhere(due.plusDays(30)));
        assertThat(to("chris.chair@jointboard.example", "Escalated: Royal Wolverhampton")).hasSize(1);
        assertThat(mongo.count(Query.query(Criteria.where("itemId").is(council).and("step").is("escalated-independent_chair")), Notification.class)).isOne();
    }

    @Test
    void onItsDayTheBusinessUnitGetsOneWeeklyDigestOfWhatIsOverdueAndEscalated() throws Exception {
        LocalDate monday = TestClock.today().with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
        SystemActor.run("t", "T", () -> runs.runEverywhere(monday));
        MimeMessage digest = only(to("business.unit@wolverhampton.jointboard.example", "Weekly digest: "));
        assertThat(digest.getSubject()).matches("Weekly digest: \\d+ overdue, \\d+ escalated this week: Wolverhampton Safeguarding Partnership");
        assertThat(text(digest)).contains("Returns overdue", "Youth Organisations Wolverhampton", "Escalated this week", properties.uiUrl() + "/reminders");
        SystemActor.run("t", "T", () -> runs.runEverywhere(monday));
        assertThat(to("business.unit@wolverhampton.jointboard.example", "Weekly digest: ")).as("once a week").hasSize(1);
        SystemActor.run("t", "T", () -> runs.runEverywhere(monday.plusDays(1)));
        assertThat(to("business.unit@wolverhampton.jointboard.example", "Weekly digest: ")).as("only on its day").hasSize(1);
    }

    @Test
    void aReturnReturnedForChangesTellsTheOrganisationAtOnceWithTheReasons() throws Exception {
        String fire = DemoAssessments.returnId(DemoAssessments.CURRENT_CYCLE, "west-midlands-fire");
        long version = mongo.findById(fire, Document.class, "auditReturns").get("version", Number.class).longValue();
        as(TestTokens.admin()).document("mutation($input: ReturnForChangesInput!) { returnForChanges(input: $input) { auditReturn { state } } }")
                .variable("input", Map.of("returnId", fire, "version", version, "partnership", P,
                        "reasons", "S11-5: say how children's views changed the service, with an example")).execute().errors().verify();
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).as("the notice arrives without a reminder run").isTrue();
        MimeMessage notice = only(to("mark.lewis@jointboard.example", "Returned for changes: West Midlands Fire Service: Section 11 audit"));
        assertThat(text(notice)).contains("S11-5: say how children's views changed the service", "What to do next: make the changes, then submit the return again",
                properties.uiUrl() + "/returns/" + fire);
        // the log entry is marked sent just after the server has the message: wait for that write, not only for the mail
        var sent = Query.query(Criteria.where("itemId").is(fire).and("step").regex("^returned-").and("status").is(Notification.Status.SENT));
        for (int tries = 0; tries < 100 && mongo.count(sent, Notification.class) == 0; tries++) {
            Thread.sleep(50);
        }
        assertThat(mongo.count(sent, Notification.class)).isOne();
    }

    @Test
    void someoneWhoChoseADigestGetsNoSeparateActionOrRiskRemindersButOneWeeklyDigestAndTheirReturnsAndEscalationsStill() throws Exception {
        String eve = "eve.exec@jointboard.example";
        var chosen = as(TestTokens.exec()).document("mutation { setMyNotificationPreferences(input: { digestOnly: true }) { preferences { version digestOnly } } }")
                .execute();
        chosen.errors().verify();
        as(TestTokens.exec()).document("{ myNotificationPreferences { digestOnly } }").execute().path("myNotificationPreferences.digestOnly")
                .entity(Boolean.class).isEqualTo(true);
        SystemActor.run("t", "T", () -> runs.runEverywhere(TestClock.today()));
        assertThat(separateReminders(eve)).as("no separate reminders about her actions and risk reviews").isEmpty();

        LocalDate monday = TestClock.today().with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
        SystemActor.run("t", "T", () -> runs.runEverywhere(monday));
        MimeMessage digest = only(to(eve, "Your weekly digest: "));
        assertThat(text(digest)).contains("What needs you this week", properties.uiUrl() + "/actions/", "My e-mail");

        long version = chosen.path("setMyNotificationPreferences.preferences.version").entity(Long.class).get();
        as(TestTokens.exec()).document("mutation($v: Int) { setMyNotificationPreferences(input: { digestOnly: false, version: $v }) { preferences { digestOnly } } }")
                .variable("v", version).execute().errors().verify();
        SystemActor.run("t", "T", () -> runs.runEverywhere(TestClock.today()));
        assertThat(separateReminders(eve)).as("with the digest turned off, the reminders come again").isNotEmpty();

        assertError(as(TestTokens.viewer()).document("mutation { setMyNotificationPreferences(input: { digestOnly: true }) { preferences { digestOnly } } }").execute(),
                "FORBIDDEN");
        assertBadRequest(as(TestTokens.policeLead()).document("mutation { setMyNotificationPreferences(input: { digestOnly: true }) { preferences { digestOnly } } }")
                .execute(), "digestOnly");
    }

    private List<MimeMessage> separateReminders(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> address(m).contains(address))
                .filter(m -> List.of("ACTION", "RISK_REVIEW").contains(header(m, "X-JointBoard-Kind")) && !subject(m).startsWith("Escalated")).toList();
    }

    @Test
    void aFailingSmtpServerIsRetriedAndLoggedWithoutStoppingTheRunAndTheNextRunDelivers() throws Exception {
        var broken = new JavaMailSenderImpl();
        broken.setHost("127.0.0.1");
        broken.setPort(1);
        var report = SystemActor.run("t", "T", () -> freshRuns(broken, locks).runEverywhere(TestClock.today()));
        assertThat(report.sent()).isZero();
        assertThat(report.failed()).isPositive();
        var failed = mongo.find(Query.query(Criteria.where("status").is(Notification.Status.FAILED)), Notification.class);
        assertThat(failed).hasSize(report.failed()).allSatisfy(n -> {
            assertThat(n.attempts()).isEqualTo(properties.attempts());
            assertThat(n.lastError()).isNotBlank();
        });
        var retried = SystemActor.run("t", "T", () -> runs.runEverywhere(TestClock.today()));
        assertThat(retried.sent()).isEqualTo(report.failed());
        assertThat(mongo.count(Query.query(Criteria.where("status").is(Notification.Status.FAILED)), Notification.class)).isZero();
    }

    @Test
    void aPersonWithABadAddressIsLoggedForTheBusinessUnitToFixAndNotSent() {
        mongo.updateFirst(Query.query(Criteria.where("_id").is("demo-wolv-yow-coordinator")), new Update().set("email", "tom at youth-orgs"), "people");
        var report = SystemActor.run("t", "T", () -> runs.runEverywhere(TestClock.today()));
        assertThat(report.invalidAddresses()).isPositive();
        var invalid = as(TestTokens.admin()).document("{ notificationLog(partnership: \"wolverhampton\", filter: { status: INVALID_ADDRESS }, first: 20) { edges { node { "
                + "recipientName lastError } } } }").execute();
        invalid.path("notificationLog.edges[*].node.lastError").entityList(String.class).contains("Not an e-mail address: tom at youth-orgs");
        assertThat(to("tom at youth-orgs", "")).isEmpty();
    }

    @Test
    void settingsAreValidatedFieldByFieldAndOnlyBoardAdminsSeeOrChangeAnything() {
        var bad = as(TestTokens.admin()).document("mutation($input: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $input) { settings { version } } }")
                .variable("input", Map.of("partnership", P, "version", 0, "daysBefore", 7, "repeatEveryDays", 7, "escalation",
                        List.of(Map.of("level", "BUSINESS_UNIT", "afterDaysOverdue", 28), Map.of("level", "INDEPENDENT_CHAIR", "afterDaysOverdue", 14)))).execute();
        assertBadRequest(bad, "escalation[1].afterDaysOverdue");
        var email = as(TestTokens.admin()).document("mutation($input: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $input) { settings { version } } }")
                .variable("input", Map.of("partnership", P, "version", 0, "daysBefore", 7, "repeatEveryDays", 7, "escalation", List.of(),
                        "businessUnitEmail", "not-an-address")).execute();
        assertBadRequest(email, "businessUnitEmail");
        assertThat(settings.all().get(P).getBusinessUnitEmail()).isEqualTo("business.unit@wolverhampton.jointboard.example");

        for (String token : List.of(TestTokens.chair(), TestTokens.exec(), TestTokens.viewer(), TestTokens.policeLead())) {
            assertError(as(token).document("{ previewReminders(partnership: \"wolverhampton\") { subject } }").execute(), "FORBIDDEN");
            assertError(as(token).document("mutation { sendRemindersNow(input: { partnership: \"wolverhampton\" }) { report { sent } } }").execute(), "FORBIDDEN");
        }
        assertError(as(TestTokens.walsallAdmin()).document("{ notificationLog(partnership: \"wolverhampton\", first: 5) { edges { node { id } } } }").execute(),
                "FORBIDDEN");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private ReminderRuns freshRuns(JavaMailSender sender, LockProvider lockProvider) {
        return new ReminderRuns(sources, recipients, chairs, settings, mongo, sender, lockProvider, properties, currentUsers, TestClock.clock());
    }

    private List<MimeMessage> to(String address, String subjectStart) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> address(m).contains(address) && subject(m).startsWith(subjectStart)).toList();
    }

    private static MimeMessage only(List<MimeMessage> messages) {
        assertThat(messages).hasSize(1);
        return messages.getFirst();
    }

    private static String address(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(MimeMessage m, String name) {
        try {
            return m.getHeader(name)[0];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage m) {
        return com.icegreen.greenmail.util.GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "=");
    }
}
