package org.jointboard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.bson.Document;
import org.jointboard.BackendIntegrationTest;
import org.jointboard.DemoGraphQlTestSupport;
import org.jointboard.TestClock;
import org.jointboard.TestTokens;
import org.jointboard.assessment.DemoAssessments;
import org.jointboard.audit.internal.AuditEventRepository;
import org.jointboard.partnership.DemoPeople;
import org.jointboard.security.CurrentUsers;
import org.jointboard.security.SystemActor;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.TestPropertySource;

/**
 * Retention on the demo data, from the outside: Wolverhampton has two Section 11 cycles from seven and nine years ago,
 * past the default six years for returns. Policies refuse periods under the legal minimum; a dry run (today, or a
 * later day, as a clock moved past the policy) lists exactly what has passed its period; a legal hold keeps it; a
 * real run archives, deletes and records itself in the trail, which stays intact; a second run deletes nothing; a run
 * while another holds the lock is refused; a subject access export holds the person's records and nothing of others'.
 */
@BackendIntegrationTest
@TestPropertySource(properties = "jointboard.demo-data.enabled=true")
class RetentionGraphQlTests extends DemoGraphQlTestSupport {

    private static final String P = "wolverhampton";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String REPORT = "partnership asOf dryRun runId total kinds { kind years due held keptLonger records { recordType id label since heldBy } "
            + "archive { name records sha256 } }";

    @Autowired
    LockProvider locks;
    @Autowired
    RetentionProperties properties;
    @Autowired
    AuditEventRepository auditEvents;
    @Autowired
    CurrentUsers currentUsers;
    @Autowired
    Snapshots snapshots;
    @Autowired
    RetentionSchedule schedule;

    @Test
    void aPolicyShorterThanTheLegalMinimumIsRefusedWithTheRuleNamedAndChangesNothing() {
        var refused = setPolicy(TestTokens.admin(), null, List.of(Map.of("kind", "CLOSED_RISKS", "years", 8), Map.of("kind", "RETURNS", "years", 2)));
        assertBadRequest(refused, "rules[1].years");
        refused.errors().satisfy(errors -> assertThat(errors.getFirst().getMessage()).contains("at least 3 years"));
        policyYears(TestTokens.admin()).containsExactly(6, 6, 6, 15, 6, 7);

        var saved = setPolicy(TestTokens.admin(), null, List.of(Map.of("kind", "RETURNS", "years", 8)));
        saved.errors().verify();
        policyYears(TestTokens.admin()).containsExactly(8, 6, 6, 15, 6, 7);
        long version = saved.path("setRetentionPolicy.policy.version").entity(Long.class).get();
        // a second change must say which version it read: a stale one is refused, and so is none
        assertBadRequest(setPolicy(TestTokens.admin(), null, List.of(Map.of("kind", "RETURNS", "years", 9))), "version");
        setPolicy(TestTokens.admin(), version, List.of(Map.of("kind", "RETURNS", "years", 9))).errors().verify();
        assertError(setPolicy(TestTokens.admin(), version, List.of(Map.of("kind", "RETURNS", "years", 10))), "CONFLICT");
        policyYears(TestTokens.admin()).containsExactly(9, 6, 6, 15, 6, 7);
        assertThat(mongo.count(Query.query(Criteria.where("action").is("setRetentionPolicy").and("partnershipCodes").is(P)), "auditEvents")).isEqualTo(2);

        assertError(setPolicy(TestTokens.chair(), null, List.of(Map.of("kind", "RETURNS", "years", 10))), "FORBIDDEN");
        assertError(setPolicy(TestTokens.walsallAdmin(), null, List.of(Map.of("kind", "RETURNS", "years", 10))), "FORBIDDEN");
        assertError(as(TestTokens.walsallAdmin()).document("query { retentionDryRun(partnership: \"wolverhampton\") { total } }").execute(), "FORBIDDEN");
    }

    @Test
    void theDryRunListsExactlyTheReturnsPastTheirPeriodTodayAndOnALaterDay() {
        long returnsBefore = mongo.count(new Query(), "auditReturns");
        var today = dryRun(TestTokens.admin(), null);
        assertThat(ids(today, "RETURNS")).containsExactlyInAnyOrderElementsOf(returnIds(DemoAssessments.NINE_YEARS_AGO_CYCLE, DemoAssessments.SEVEN_YEARS_AGO_CYCLE));
        assertThat(kind(today, "RETURNS").path("years").asInt()).isEqualTo(6);
        assertThat(kind(today, "CLOSED_RISKS").path("due").asInt()).isZero();

        // a clock moved on to the day last year's returns pass six years after their deadline: they are listed too, this year's are not
        LocalDate lastDeadline = mongo.findById(DemoAssessments.LAST_CYCLE, Document.class, "auditCycles").getDate("dueOn").toInstant()
                .atZone(TestClock.LONDON).toLocalDate();
        var later = dryRun(TestTokens.admin(), lastDeadline.plusYears(6).toString());
        assertThat(ids(later, "RETURNS")).containsExactlyInAnyOrderElementsOf(returnIds(DemoAssessments.NINE_YEARS_AGO_CYCLE, DemoAssessments.SEVEN_YEARS_AGO_CYCLE,
                DemoAssessments.LAST_CYCLE)).doesNotContainAnyElementsOf(returnIds(DemoAssessments.CURRENT_CYCLE));
        var dayBefore = dryRun(TestTokens.admin(), lastDeadline.plusYears(6).minusDays(1).toString());
        assertThat(ids(dayBefore, "RETURNS")).doesNotContainAnyElementsOf(returnIds(DemoAssessments.LAST_CYCLE));

        assertBadRequest(as(TestTokens.admin()).document("query { retentionDryRun(partnership: \"wolverhampton\", asOf: \"2020-01-01\") { total } }").execute(),
                "asOf");
        assertThat(mongo.count(new Query(), "auditReturns")).as("a dry run changes nothing").isEqualTo(returnsBefore);
        assertThat(mongo.count(Query.query(Criteria.where("action").is("runRetention")), "auditEvents")).isZero();
    }

    @Test
    void aLegalHoldOnACycleKeepsItsReturnsThroughTheRunWhichDeletesTheRestArchivesThemAndIsRecorded() throws Exception {
        var hold = as(TestTokens.admin()).document("mutation($input: PlaceLegalHoldInput!) { placeLegalHold(input: $input) { hold { id version targetLabel active } } }")
                .variable("input", Map.of("partnership", P, "scope", "CYCLE", "targetId", DemoAssessments.SEVEN_YEARS_AGO_CYCLE,
                        "reason", "Inquiry instruction IICSA-2026-14: do not destroy")).execute();
        hold.errors().verify();
        hold.path("placeLegalHold.hold.targetLabel").entity(String.class).satisfies(label -> assertThat(label).startsWith("Section 11 audit"));
        List<String> held = returnIds(DemoAssessments.SEVEN_YEARS_AGO_CYCLE);
        List<String> going = returnIds(DemoAssessments.NINE_YEARS_AGO_CYCLE);

        var dry = dryRun(TestTokens.admin(), null);
        assertThat(ids(dry, "RETURNS")).containsExactlyInAnyOrderElementsOf(going);
        assertThat(kind(dry, "RETURNS").path("held").asInt()).isEqualTo(held.size());
        assertThat(kind(dry, "RETURNS").path("records").valueStream().filter(r -> !r.path("heldBy").isNull()).map(r -> r.path("heldBy").asString()))
                .hasSize(held.size()).allSatisfy(words -> assertThat(words).contains("IICSA-2026-14"));

        var run = as(TestTokens.admin()).document("mutation { runRetention(input: { partnership: \"wolverhampton\" }) { report { " + REPORT + " } } }").execute();
        run.errors().verify();
        JsonNode report = JSON.readTree(JSON.writeValueAsString(run.path("runRetention.report").entity(Map.class).get()));
        assertThat(report.path("total").asInt()).isEqualTo(going.size());
        assertThat(mongo.count(Query.query(Criteria.where("_id").in(going)), "auditReturns")).as("the nine-year-old returns are gone").isZero();
        assertThat(mongo.count(Query.query(Criteria.where("_id").in(held)), "auditReturns")).as("the held cycle's are kept").isEqualTo(held.size());
        assertThat(mongo.findById(DemoAssessments.NINE_YEARS_AGO_CYCLE, Document.class, "auditCycles")).as("the cycle, with no personal data, stays").isNotNull();

        JsonNode archive = kind(report, "RETURNS").path("archive");
        Path file = properties.archiveFolder().resolve(archive.path("name").asString());
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(going.size());
        assertThat(lines).allSatisfy(line -> assertThat(going).contains(Document.parse(line).getString("_id")));
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)))).isEqualTo(archive.path("sha256").asString());

        var recorded = as(TestTokens.admin()).document("query { auditTrail(partnership: \"wolverhampton\", filter: { action: \"runRetention\" }, first: 10) { edges { node { "
                + "recordType reason actorUsername changes { field after } } } } }").execute();
        recorded.path("auditTrail.edges").entityList(Object.class).hasSize(1);
        recorded.path("auditTrail.edges[0].node.reason").entity(String.class).satisfies(reason -> assertThat(reason).contains("Deleted " + going.size()));
        recorded.path("auditTrail.edges[0].node.changes[?(@.field == 'archiveSha256')].after").entityList(String.class)
                .containsExactly(archive.path("sha256").asString());
        verifyIntact(P);

        var second = as(TestTokens.admin()).document("mutation { runRetention(input: { partnership: \"wolverhampton\" }) { report { total } } }").execute();
        second.path("runRetention.report.total").entity(Integer.class).isEqualTo(0);
        assertThat(mongo.count(Query.query(Criteria.where("action").is("runRetention")), "auditEvents")).as("a run that deletes nothing records nothing").isOne();

        // lifting the hold is audited, and then the held cycle's returns go too
        String holdId = hold.path("placeLegalHold.hold.id").entity(String.class).get();
        assertBadRequest(as(TestTokens.admin()).document("mutation { liftLegalHold(input: { holdId: \"" + holdId + "\", reason: \" \" }) { hold { active } } }").execute(),
                "reason");
        as(TestTokens.admin()).document("mutation { liftLegalHold(input: { holdId: \"" + holdId + "\", reason: \"Inquiry closed\" }) { hold { active liftedBy } } }")
                .execute().path("liftLegalHold.hold.active").entity(Boolean.class).isEqualTo(false);
        assertThat(mongo.count(Query.query(Criteria.where("action").is("liftLegalHold").and("reason").is("Inquiry closed")), "auditEvents")).isOne();
        assertThat(dryRun(TestTokens.admin(), null).path("total").asInt()).isEqualTo(held.size());
    }

    @Test
    void theNightlyRunDeletesWhatIsDueInEveryPartnershipUnderItsOwnNameAndSkipsWhileAnotherRuns() {
        var lock = locks.lock(new LockConfiguration(Clock.systemUTC().instant(), RetentionRuns.LOCK, Duration.ofMinutes(5), Duration.ZERO)).orElseThrow();
        try {
            schedule.daily(); // another instance is running: this one skips, quietly
        } finally {
            lock.unlock();
        }
        assertThat(mongo.count(Query.query(Criteria.where("cycleId").is(DemoAssessments.NINE_YEARS_AGO_CYCLE)), "auditReturns")).isPositive();

        schedule.daily();
        assertThat(mongo.count(Query.query(Criteria.where("cycleId").in(DemoAssessments.NINE_YEARS_AGO_CYCLE, DemoAssessments.SEVEN_YEARS_AGO_CYCLE)),
                "auditReturns")).isZero();
        Document event = mongo.findOne(Query.query(Criteria.where("action").is("runRetention")), Document.class, "auditEvents");
        assertThat(event.getString("actorUsername")).isEqualTo("retention-schedule");
        assertThat(event.getString("actorName")).isEqualTo("Daily retention run");
        assertThat(event.getList("actorRoles", String.class)).isEmpty();
        verifyIntact(P);
    }

    @Test
    void aRunWhileAnotherIsInProgressIsRefusedAndDeletesNothing() {
        var lock = locks.lock(new LockConfiguration(Clock.systemUTC().instant(), RetentionRuns.LOCK, Duration.ofMinutes(5), Duration.ZERO)).orElseThrow();
        try {
            var refused = as(TestTokens.admin()).document("mutation { runRetention(input: { partnership: \"wolverhampton\" }) { report { total } } }").execute();
            assertBadRequest(refused, "partnershipCode");
            refused.errors().satisfy(errors -> assertThat(errors.getFirst().getMessage()).contains("already in progress"));
        } finally {
            lock.unlock();
        }
        assertThat(mongo.count(Query.query(Criteria.where("cycleId").is(DemoAssessments.NINE_YEARS_AGO_CYCLE)), "auditReturns")).isPositive();
        as(TestTokens.admin()).document("mutation { runRetention(input: { partnership: \"wolverhampton\" }) { report { total } } }").execute()
                .path("runRetention.report.total").entity(Integer.class).satisfies(total -> assertThat(total).isPositive());
    }

    @Test
    void oldAuditEventsArePrunedWithTheChainStillVerifiedAndAnEventRemovedByHandIsStillFound() {
        // three changes recorded eight years ago, through the trail's own writer with its clock set back
        var eightYearsAgo = Clock.fixed(TestClock.now().minus(Duration.ofDays(8 * 366)), TestClock.LONDON);
        var oldTrail = new AuditTrail(auditEvents, mongo, currentUsers, snapshots, eightYearsAgo);
        SystemActor.run("test-history", "Old history", () -> {
            for (int i = 0; i < 3; i++) {
                oldTrail.record(new RetentionChanged.RunRecorded("old-" + i, List.of(P), new Document("note", "old " + i), null));
            }
            return null;
        });
        setPolicy(TestTokens.admin(), null, List.of(Map.of("kind", "RETURNS", "years", 6))).errors().verify(); // a change made today
        assertThat(kind(dryRun(TestTokens.admin(), null), "AUDIT_EVENTS").path("due").asInt()).isEqualTo(3);

        as(TestTokens.admin()).document("mutation { runRetention(input: { partnership: \"wolverhampton\" }) { report { total } } }").execute().errors().verify();
        assertThat(mongo.count(Query.query(Criteria.where("entityId").regex("^old-")), "auditEvents")).isZero();
        verifyIntact(P);

        // an event removed by hand (not by retention) is still found
        Document today = mongo.findOne(Query.query(Criteria.where("action").is("setRetentionPolicy")), Document.class, "auditEvents");
        mongo.remove(Query.query(Criteria.where("_id").is(today.get("_id"))), "auditEvents");
        var report = as(TestTokens.admin()).document("query { verifyAuditTrail(partnership: \"wolverhampton\") { intact problem } }").execute();
        report.path("verifyAuditTrail.intact").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void aSubjectAccessExportHoldsThePersonsRecordsAndNothingOfOthersAndIsAudited() throws Exception {
        String person = DemoPeople.HEAD_OF_SAFEGUARDING;
        var export = as(TestTokens.admin()).document("mutation { exportSubjectAccess(input: { person: \"" + person + "\", reason: \"SAR-2026-031\" }) { "
                + "person fileName json sections { name records } } }").execute();
        export.errors().verify();
        JsonNode json = JSON.readTree(export.path("exportSubjectAccess.json").entity(String.class).get());
        assertThat(json.path("person").path("id").asString()).isEqualTo(person);
        JsonNode data = json.path("data");
        assertThat(data.path("personRecord").get(0).path("_id").asString()).isEqualTo(person);
        assertThat(data.path("memberships").size()).isPositive();
        assertThat(data.path("attendance").size()).isPositive();
        assertThat(data.path("actionsLed").valueStream()).allSatisfy(a -> assertThat(a.path("leadPersonId").asString()).isEqualTo(person));
        assertThat(data.path("risksOwned").valueStream()).allSatisfy(r -> assertThat(r.path("ownerPersonId").asString()).isEqualTo(person));
        assertThat(data.path("actionsLed").size() + data.path("risksOwned").size()).isPositive();
        assertThat(export.path("exportSubjectAccess.json").entity(String.class).get()).doesNotContain(DemoPeople.DCI_PPU);
        export.path("exportSubjectAccess.fileName").entity(String.class).satisfies(name -> assertThat(name).startsWith("subject-access-" + person));

        Document audited = mongo.findOne(Query.query(Criteria.where("action").is("exportSubjectAccess").and("entityId").is(person)), Document.class, "auditEvents");
        assertThat(audited.getString("reason")).isEqualTo("SAR-2026-031");
        assertThat(audited.get("after", Document.class).toJson()).doesNotContain("@");

        assertError(as(TestTokens.walsallAdmin()).document("mutation { exportSubjectAccess(input: { person: \"" + person + "\", reason: \"x\" }) { person } }").execute(),
                "FORBIDDEN");
        assertError(as(TestTokens.chair()).document("mutation { exportSubjectAccess(input: { person: \"" + person + "\", reason: \"x\" }) { person } }").execute(),
                "FORBIDDEN");
    }

    private GraphQlTester.Response setPolicy(String token, Long version, List<Map<String, Object>> rules) {
        var input = new java.util.HashMap<String, Object>(Map.of("partnership", P, "rules", rules));
        if (version != null) {
            input.put("version", version);
        }
        return as(token).document("mutation($input: SetRetentionPolicyInput!) { setRetentionPolicy(input: $input) { policy { version rules { kind years } } } }")
                .variable("input", input).execute();
    }

    private org.springframework.graphql.test.tester.GraphQlTester.EntityList<Integer> policyYears(String token) {
        return as(token).document("query { retentionPolicy(partnership: \"wolverhampton\") { rules { kind years minimumYears } } }").execute()
                .path("retentionPolicy.rules[*].years").entityList(Integer.class);
    }

    private JsonNode dryRun(String token, String asOf) {
        var response = as(token).document("query($asOf: Date) { retentionDryRun(partnership: \"wolverhampton\", asOf: $asOf) { " + REPORT + " } }")
                .variable("asOf", asOf).execute();
        response.errors().verify();
        return JSON.readTree(JSON.writeValueAsString(response.path("retentionDryRun").entity(Map.class).get()));
    }

    private static JsonNode kind(JsonNode report, String kind) {
        return report.path("kinds").valueStream().filter(k -> k.path("kind").asString().equals(kind)).findFirst().orElseThrow();
    }

    private static List<String> ids(JsonNode report, String kind) {
        return kind(report, kind).path("records").valueStream().filter(r -> r.path("heldBy").isNull()).map(r -> r.path("id").asString()).toList();
    }

    /** The ids of the Wolverhampton returns of the cycles, read from the store. */
    private List<String> returnIds(String... cycles) {
        return mongo.find(Query.query(Criteria.where("cycleId").in(List.of(cycles)).and("partnershipCodes").is(P)), Document.class, "auditReturns").stream()
                .map(d -> d.getString("_id")).toList();
    }

    private void verifyIntact(String partnership) {
        var report = as(TestTokens.admin()).document("query { verifyAuditTrail(partnership: \"" + partnership + "\") { intact problem eventsChecked } }").execute();
        report.path("verifyAuditTrail.problem").valueIsNull();
        report.path("verifyAuditTrail.intact").entity(Boolean.class).isEqualTo(true);
    }
}
