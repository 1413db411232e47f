package org.jointboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import graphql.language.FieldDefinition;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.bson.Document;
import org.jointboard.support.SchemaFiles;
import org.jointboard.support.StoreSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

/**
 * Every mutation of the schema (read from the schema files, so a new one without a step here fails) is made once,
 * successfully, by a role allowed to: each must leave exactly one new audit event, naming the mutation, the caller,
 * the record and its partnerships, with the record after (and before, for a change to an existing record). Refused
 * calls leave none. The steps run as one journey on the demo data, each on what the earlier ones made.
 */
@BackendIntegrationTest
@TestPropertySource(properties = "jointboard.demo-data.enabled=true")
class AuditTrailCoverageTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String P = "wolverhampton";
    private static final String TRUST = "audit-journey-trust";
    private static final Set<String> CREATIONS = Set.of("createPartnership", "createOrganisation", "createPerson", "importSchools",
            "createFramework", "createAuditCycle", "createCommittee", "scheduleMeeting", "raiseRisk",
            "createActionPlan", "raiseAction", "raiseActionFromReturn", "saveActionProgressDraft", "setRetentionPolicy", "placeLegalHold", "runRetention",
            "exportSubjectAccess", "sendRemindersNow", "setMyNotificationPreferences");

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String admin = TestTokens.token("audit.admin", List.of("BOARD_ADMIN"), null, List.of(P));
    private final String chair = TestTokens.token("audit.chair", List.of("BOARD_CHAIR"), null, List.of(P));
    private final String lead = TestTokens.token("audit.lead", List.of("AGENCY_LEAD"), TRUST, List.of(P));
    private final String exec = TestTokens.token("audit.exec", List.of("EXECUTIVE_MEMBER"), "wolverhampton-council", List.of(P));
    private final Set<String> covered = new LinkedHashSet<>();
    private TypeDefinitionRegistry schema;
    private StoreSnapshot demo;

    @AfterEach
    void restoreTheDemo() {
        demo.restore();
    }

    @Test
    void everyMutationLeavesExactlyOneAuditEventAndARefusalLeavesNone() throws Exception {
        schema = SchemaFiles.read();
        demo = StoreSnapshot.of(mongo);
        String today = TestClock.today().toString();

        partnerships();
        String personId = people();
        String returnId = returns(today);
        committees(personId, today);
        risks(today);
        actionPlans(personId, returnId, today);
        retention(personId);
        reminders();

        long before = count();
        JsonNode refused = post(TestTokens.viewer(), "updateRiskSettings", Map.of("partnershipCode", P, "version", 0,
                "categories", List.of(Map.of("name", "Quality", "appetite", 9)), "monthlyFrom", 15, "quarterlyFrom", 8));
        assertThat(refused.path("errors").path(0).path("extensions").path("classification").asString()).isEqualTo("FORBIDDEN");
        JsonNode invalid = post(lead, "submitReturn", Map.of("returnId", returnId, "version", 999));
        assertThat(invalid.path("errors")).isNotEmpty();
        assertThat(count()).as("refused calls leave no audit event").isEqualTo(before);

        for (String partnership : List.of(P, "audit-journey")) {
            String verify = "{ verifyAuditTrail(partnership: \"" + partnership + "\") { intact eventsChecked problem } }";
            JsonNode report = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                    .header("Authorization", "Bearer " + TestTokens.token("audit.admin", List.of("BOARD_ADMIN"), null, List.of(P, "audit-journey")))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", verify))))
                    .build(), HttpResponse.BodyHandlers.ofString()).body()).path("data").path("verifyAuditTrail");
            assertThat(report.path("intact").asBoolean()).as("the hash chain of " + partnership + " after the journey: " + report).isTrue();
            assertThat(report.path("eventsChecked").asInt()).isPositive();
        }

        var mutations = SchemaFiles.fields(schema, "Mutation").stream().map(FieldDefinition::getName).toList();
        assertThat(covered).as("mutations of the schema made by this journey").containsExactlyInAnyOrderElementsOf(mutations);
    }

    private void partnerships() throws Exception {
        // a partnership is set up by an admin whose token already names it (the realm gives the code first)
        String newAdmin = TestTokens.token("audit.admin", List.of("BOARD_ADMIN"), null, List.of(P, "audit-journey"));
        audited(newAdmin, "createPartnership", () -> Map.of("code", "audit-journey", "name", "Audit Journey Partnership",
                "boards", List.of(Map.of("kind", "JOINT", "name", "Audit Journey Board"))), "audit-journey");
        audited(admin, "updatePartnership", () -> Map.of("code", P, "version", version("partnerships", P), "name",
                "Wolverhampton Safeguarding Together", "boards", List.of(Map.of("kind", "JOINT", "name", "Wolverhampton Safeguarding Board"))), P);
        String trustId = audited(admin, "createOrganisation", () -> Map.of("code", TRUST, "name", "Audit Journey NHS Trust", "kind", "NHS_TRUST",
                "partnershipCodes", List.of(P)), null).path("organisation").path("id").asString();
        audited(admin, "updateOrganisation", () -> Map.of("id", trustId, "version", version("organisations", trustId),
                "name", "Audit Journey NHS Foundation Trust", "kind", "NHS_TRUST", "partnershipCodes", List.of(P)), trustId);
        audited(admin, "importSchools", () -> Map.of("partnership", P, "csv",
                "urn,name,phase,establishment_type,local_authority,head_teacher,dsl_name,dsl_email\n"
                + "990001,Audit Journey Primary,Primary,Academy,Wolverhampton,Ann Head,Dee Lead,dsl@audit-journey.sch.uk\n"), P);
    }

    private String people() throws Exception {
        JsonNode created = audited(admin, "createPerson", () -> Map.of("name", "Alex Audit", "organisationCode", TRUST,
                "partnershipCodes", List.of(P)), null);
        String personId = created.path("person").path("id").asString();
        audited(admin, "updatePerson", () -> Map.of("id", personId, "version", version("people", personId), "name", "Alex Auditor",
                "jobTitle", "Named nurse", "organisationCode", TRUST, "username", "audit.colleague", "partnershipCodes", List.of(P)), personId);
        return personId;
    }

    private String returns(String today) throws Exception {
        JsonNode framework = audited(admin, "createFramework", () -> Map.of("code", "AUDIT-J", "framework", framework("Audit journey")), null);
        String frameworkId = framework.path("framework").path("id").asString();
        audited(admin, "updateFramework", () -> Map.of("id", frameworkId, "version", version("frameworks", frameworkId),
                "framework", framework("Audit journey standards")), frameworkId);
        audited(admin, "publishFramework", () -> Map.of("id", frameworkId, "version", version("frameworks", frameworkId)), frameworkId);
        JsonNode cycle = audited(admin, "createAuditCycle", () -> Map.of("title", "Audit journey 2026/27", "period", "2026/27",
                "frameworkId", frameworkId, "partnershipCodes", List.of(P), "opensOn", today,
                "dueOn", TestClock.today().plusWeeks(6).toString(), "organisationCodes", List.of(TRUST)), null);
        String cycleId = cycle.path("cycle").path("id").asString();
        audited(admin, "issueAuditCycle", () -> Map.of("id", cycleId, "version", version("auditCycles", cycleId)), cycleId);
        String returnId = mongo.findOne(Query.query(Criteria.where("cycleId").is(cycleId)), Document.class, "auditReturns").getObjectId("_id").toHexString();

        audited(lead, "saveAnswers", () -> Map.of("returnId", returnId, "answers", List.of(
                Map.of("questionCode", "AJ-1.1", "expectedRevision", 0, "rating", "MET"))), returnId);
        audited(admin, "setBenchmarkSharing", () -> Map.of("partnership", P, "shared", true, "version", 0), P);
        audited(lead, "assignSection", () -> onReturn(returnId, "sectionCode", "TRAINING", "username", "audit.colleague"), returnId);
        audited(lead, "raiseActionFromReturn", () -> Map.of("returnId", returnId, "partnershipCode", P, "standardCode", "AJ-1",
                "action", Map.of("title", "Refresh training", "leadName", "Named nurse", "dueOn", TestClock.today().plusMonths(3).toString())),
                null, 2); // the first action raised from the cycle sets up the partnership's improvement plan for it
        audited(lead, "signOffReturn", () -> onReturn(returnId, "role", "Chief executive", "name", "Sam Chief", "date", today), returnId);
        audited(lead, "submitReturn", () -> onReturn(returnId), returnId);
        audited(admin, "returnForChanges", () -> onReturn(returnId, "partnership", P, "reasons", "Say who leads training"), returnId);
        audited(lead, "signOffReturn", () -> onReturn(returnId, "role", "Chief executive", "name", "Sam Chief", "date", today), returnId);
        audited(lead, "submitReturn", () -> onReturn(returnId), returnId);
        audited(admin, "acceptReturn", () -> onReturn(returnId, "partnership", P), returnId);
        audited(admin, "reopenReturn", () -> onReturn(returnId, "partnership", P, "reason", "New evidence from the inspection"), returnId);
        audited(chair, "moderateRatings", () -> {
            var moderation = onReturn(returnId, "partnership", P);
            moderation.put("ratings", List.of(Map.of("standardCode", "AJ-1", "rating", "NOT_MET", "rationale", "Panel view")));
            return moderation;
        }, returnId);
        audited(chair, "recordChallenge", () -> onReturn(returnId, "partnership", P, "date", today, "panel", "Section 11 panel",
                "questionsRaised", "How is training checked?"), returnId);
        audited(chair, "releaseFeedback", () -> onReturn(returnId, "partnership", P), returnId);

        // next year's return starts from this one's answers; the trust starts blank instead
        String nextCycleId = audited(admin, "createAuditCycle", () -> Map.of("title", "Audit journey 2027/28", "period", "2027/28",
                "frameworkId", frameworkId, "partnershipCodes", List.of(P), "opensOn", TestClock.today().plusWeeks(7).toString(),
                "dueOn", TestClock.today().plusWeeks(20).toString(), "organisationCodes", List.of(TRUST)), null).path("cycle").path("id").asString();
        audited(admin, "issueAuditCycle", () -> Map.of("id", nextCycleId, "version", version("auditCycles", nextCycleId)), nextCycleId);
        String nextReturnId = mongo.findOne(Query.query(Criteria.where("cycleId").is(nextCycleId)), Document.class, "auditReturns")
                .getObjectId("_id").toHexString();
        audited(lead, "startReturnBlank", () -> onReturn(nextReturnId), nextReturnId);
        return returnId;
    }

    private void committees(String personId, String today) throws Exception {
        JsonNode created = audited(admin, "createCommittee", () -> Map.of("partnershipCodes", List.of(P), "kind", "TASK_AND_FINISH_GROUP",
                "name", "Audit Journey Task Group", "serves", "BOTH"), null);
        String committeeId = created.path("committee").path("id").asString();
        audited(admin, "updateCommittee", () -> Map.of("id", committeeId, "version", version("committees", committeeId),
                "partnershipCodes", List.of(P), "kind", "TASK_AND_FINISH_GROUP", "name", "Audit Journey Task and Finish Group",
                "serves", "BOTH", "remit", "Follows up the audit"), committeeId);
        audited(admin, "addMember", () -> Map.of("committeeId", committeeId, "version", version("committees", committeeId),
                "personId", personId, "role", "MEMBER", "startDate", TestClock.today().minusMonths(1).toString()), committeeId);
        JsonNode meeting = audited(admin, "scheduleMeeting", () -> Map.of("committeeId", committeeId, "date", today), null);
        String meetingId = meeting.path("meeting").path("id").asString();
        audited(admin, "updateMeeting", () -> Map.of("id", meetingId, "version", version("meetings", meetingId), "date", today,
                "decisions", List.of("Training to be refreshed")), meetingId);
        audited(admin, "recordAttendance", () -> Map.of("meetingId", meetingId, "version", version("meetings", meetingId),
                "attendance", List.of(Map.of("personId", personId, "status", "PRESENT"))), meetingId);
        audited(admin, "lockAttendance", () -> Map.of("meetingId", meetingId, "version", version("meetings", meetingId)), meetingId);
        String membershipId = mongo.findById(committeeId, Document.class, "committees").getList("memberships", Document.class).stream()
                .filter(m -> personId.equals(m.getString("personId"))).findFirst().orElseThrow().getString("_id");
        audited(admin, "endMembership", () -> Map.of("committeeId", committeeId, "version", version("committees", committeeId),
                "membershipId", membershipId, "endDate", today), committeeId);
    }

    private void risks(String today) throws Exception {
        var fields = new HashMap<String, Object>(Map.of("title", "Audit journey risk", "category", "Practice", "scope", "BOTH",
                "inherent", Map.of("likelihood", 4, "impact", 4), "residual", Map.of("likelihood", 3, "impact", 3)));
        JsonNode raised = audited(admin, "raiseRisk", () -> Map.of("partnershipCode", P, "risk", fields), null);
        String riskId = raised.path("risk").path("id").asString();
        fields.put("cause", "Training lapsed");
        audited(admin, "updateRisk", () -> Map.of("id", riskId, "version", version("risks", riskId), "risk", fields), riskId);
        audited(admin, "reviewRisk", () -> Map.of("riskId", riskId, "version", version("risks", riskId), "date", today,
                "residual", Map.of("likelihood", 2, "impact", 3), "commentary", "Training booked"), riskId);
        audited(exec, "commentOnRisk", () -> Map.of("riskId", riskId, "text", "The executive asks for dates"), riskId);
        audited(admin, "escalateRisk", () -> Map.of("riskId", riskId, "version", version("risks", riskId)), riskId);
        audited(admin, "acceptRisk", () -> Map.of("riskId", riskId, "version", version("risks", riskId), "approvedBy", "Executive group",
                "expiresOn", TestClock.today().plusMonths(6).toString()), riskId);
        audited(admin, "closeRisk", () -> Map.of("riskId", riskId, "version", version("risks", riskId), "reason", "Training done"), riskId);
        Document settings = mongo.findById(P, Document.class, "riskSettings");
        audited(admin, "updateRiskSettings", () -> Map.of("partnershipCode", P, "version", settings == null ? 0 : settings.get("version", Number.class).longValue(),
                "categories", List.of(Map.of("name", "Practice", "appetite", 9), Map.of("name", "Finance", "appetite", 6)), "monthlyFrom", 15, "quarterlyFrom", 8), P);
    }

    private void actionPlans(String personId, String returnId, String today) throws Exception {
        var fields = new HashMap<String, Object>(Map.of("kind", "SCRUTINY", "title", "Audit journey scrutiny", "serves", "BOTH",
                "periodStart", today, "periodEnd", TestClock.today().plusYears(1).toString(), "reviewPoints", List.of(today)));
        String planId = audited(admin, "createActionPlan", () -> Map.of("partnershipCode", P, "plan", fields), null).path("plan").path("id").asString();
        fields.put("published", true);
        audited(admin, "updateActionPlan", () -> Map.of("id", planId, "version", version("actionPlans", planId), "plan", fields), planId);
        audited(admin, "savePlanItem", () -> Map.of("planId", planId, "version", version("actionPlans", planId), "item",
                Map.of("code", "R1", "kind", "RECOMMENDATION", "title", "Check training records", "addressee", "All agencies")), planId);
        audited(admin, "respondToRecommendation", () -> Map.of("planId", planId, "version", version("actionPlans", planId), "code", "R1",
                "response", "PARTLY_ACCEPTED", "reason", "Health only this year", "respondedOn", today), planId);
        var action = new HashMap<String, Object>(Map.of("title", "Training records checked", "itemCode", "R1", "leadPersonId", personId,
                "dueOn", TestClock.today().plusMonths(2).toString()));
        String actionId = audited(admin, "raiseAction", () -> Map.of("planId", planId, "action", action), null).path("action").path("id").asString();
        action.put("description", "Sample of twenty records per agency");
        audited(admin, "updateAction", () -> Map.of("id", actionId, "version", version("actions", actionId), "action", action), actionId);
        audited(admin, "saveActionProgressDraft", () -> Map.of("actionId", actionId, "text", "Half the sample"), null);
        audited(admin, "recordActionProgress", () -> Map.of("actionId", actionId, "version", version("actions", actionId),
                "text", "Half the sample checked", "status", "ON_TRACK"), actionId);
        audited(admin, "overrideActionRag", () -> Map.of("actionId", actionId, "version", version("actions", actionId), "rag", "AMBER",
                "reason", "Health sample still missing"), actionId);
        Document settings = mongo.findById(P, Document.class, "actionSettings");
        audited(admin, "updateActionSettings", () -> Map.of("partnershipCode", P, "version", settings == null ? 0 : settings.get("version", Number.class).longValue(),
                "warningDays", 21), P);
    }

    private void retention(String personId) throws Exception {
        audited(admin, "setRetentionPolicy", () -> Map.of("partnership", P, "rules", List.of(Map.of("kind", "CLOSED_RISKS", "years", 7))), P);
        String holdId = audited(admin, "placeLegalHold", () -> Map.of("partnership", P, "scope", "CYCLE",
                "targetId", org.jointboard.assessment.DemoAssessments.SEVEN_YEARS_AGO_CYCLE, "reason", "Inquiry"), null).path("hold").path("id").asString();
        audited(admin, "liftLegalHold", () -> Map.of("holdId", holdId, "reason", "Inquiry closed"), holdId);
        audited(admin, "runRetention", () -> Map.of("partnership", P), null); // the old cycles' returns: one event, for the one kind
        audited(admin, "exportSubjectAccess", () -> Map.of("person", personId, "reason", "SAR-1"), personId);
    }

    private void reminders() throws Exception {
        audited(admin, "updateNotificationSettings", () -> Map.of("partnership", P, "version", version("notificationSettings", P), "daysBefore", 10,
                "repeatEveryDays", 7, "escalation", List.of(Map.of("level", "BUSINESS_UNIT", "afterDaysOverdue", 21)), "businessUnitEmail", "bu@example.org"), P);
        audited(admin, "sendRemindersNow", () -> Map.of("partnership", P), null);
        audited(TestTokens.exec(), "setMyNotificationPreferences", () -> Map.of("digestOnly", true), org.jointboard.partnership.DemoPeople.STRATEGIC_DIRECTOR);
    }

    /**
     * Makes the mutation and checks the trail gained exactly one event for it; returns the payload. {@code recordId}
     * is the record's id where known before the call (null for a new record: then the event names what the payload does).
     */
    private JsonNode audited(String token, String mutation, Supplier<Map<String, Object>> input, String recordId) throws Exception {
        return audited(token, mutation, input, recordId, 1);
    }

    /** As above, for a mutation that also sets up a record it needs (each change its own event, all named by the mutation). */
    private JsonNode audited(String token, String mutation, Supplier<Map<String, Object>> input, String recordId, int events) throws Exception {
        long before = count();
        Map<Object, Document> trail = trail();
        JsonNode body = post(token, mutation, input.get());
        assertThat(trail()).as(mutation + " leaves every earlier audit event as it was (the trail is append-only)").containsAllEntriesOf(trail);
        assertThat(body.path("errors").isEmpty()).as(mutation + " answered " + body).isTrue();
        assertThat(count()).as(mutation + " leaves " + events + " audit event(s)").isEqualTo(before + events);
        assertThat(mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(events), Document.class, "auditEvents"))
                .extracting(e -> e.getString("action")).containsOnly(mutation);
        Document event = mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1), Document.class, "auditEvents");
        assertThat(event.getString("action")).isEqualTo(mutation);
        assertThat(event.getString("actorUsername")).isEqualTo(JSON.readTree(java.util.Base64.getUrlDecoder()
                .decode(token.split("\\.")[1])).path("preferred_username").asString());
        assertThat(event.get("at")).isNotNull();
        assertThat(event.getString("entityId")).isNotBlank();
        if (recordId != null) {
            assertThat(event.getString("entityId")).isEqualTo(recordId);
        }
        assertThat(event.get("after", Document.class)).as(mutation + " records the record after").isNotNull().isNotEmpty();
        if (!CREATIONS.contains(mutation)) {
            assertThat(event.get("before", Document.class)).as(mutation + " records the record before").isNotNull().isNotEqualTo(event.get("after"));
        }
        if (!mutation.endsWith("Framework")) {
            assertThat(event.getList("partnershipCodes", String.class)).as(mutation + " files the event under partnerships").isNotEmpty();
        }
        covered.add(mutation);
        return body.path("data").path(mutation);
    }

    /** An input naming the return at its current version, with more fields as name-value pairs. */
    private Map<String, Object> onReturn(String returnId, String... more) {
        var input = new HashMap<String, Object>();
        input.put("returnId", returnId);
        input.put("version", version("auditReturns", returnId));
        for (int i = 0; i < more.length; i += 2) {
            input.put(more[i], more[i + 1]);
        }
        return input;
    }

    private static Map<String, Object> framework(String title) {
        var question = Map.<String, Object>of("code", "AJ-1.1", "text", "How well is safeguarding training kept up?", "answerType", "RATING",
                "required", true);
        var standard = Map.<String, Object>of("code", "AJ-1", "title", "Training", "questions", List.of(question));
        var framework = new HashMap<String, Object>();
        framework.put("title", title);
        framework.put("serves", "BOTH");
        framework.put("organisationKinds", List.of("NHS_TRUST"));
        framework.put("ratingScale", List.of(Map.of("value", "MET", "label", "Met", "rag", "GREEN", "rank", 2, "met", true),
                Map.of("value", "NOT_MET", "label", "Not met", "rag", "RED", "rank", 1, "met", false)));
        framework.put("sections", List.of(Map.of("code", "TRAINING", "title", "Training", "standards", List.of(standard))));
        framework.put("signOffs", List.of("Chief executive"));
        return framework;
    }

    private long version(String collection, String id) {
        Object key = org.bson.types.ObjectId.isValid(id) ? new org.bson.types.ObjectId(id) : id;
        Document document = mongo.findOne(Query.query(Criteria.where("_id").is(key)), Document.class, collection);
        assertThat(document).as(collection + " " + id).isNotNull();
        return document.get("version", Number.class).longValue();
    }

    /** Every audit event by id, as stored. */
    private Map<Object, Document> trail() {
        var byId = new HashMap<Object, Document>();
        mongo.findAll(Document.class, "auditEvents").forEach(event -> byId.put(event.get("_id"), event));
        return byId;
    }

    private long count() {
        return mongo.getCollection("auditEvents").countDocuments();
    }

    private JsonNode post(String token, String mutation, Map<String, Object> input) throws Exception {
        FieldDefinition field = SchemaFiles.fields(schema, "Mutation").stream().filter(f -> f.getName().equals(mutation)).findFirst().orElseThrow();
        String type = SchemaFiles.render(field.getInputValueDefinitions().getFirst().getType());
        String document = "mutation($input: " + type + ") { " + mutation + "(input: $input) " + SchemaFiles.selection(schema, field.getType()) + " }";
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", document, "variables", Map.of("input", input)))))
                .build();
        return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }
}
