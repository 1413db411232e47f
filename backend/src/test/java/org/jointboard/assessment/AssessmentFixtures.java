package org.jointboard.assessment;

import org.jointboard.TestClock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jointboard.partnership.Serves;
import org.jointboard.assessment.internal.FrameworkRepository;
import org.jointboard.partnership.OrganisationKind;
import org.jointboard.partnership.PartnershipFixtures;
import tools.jackson.databind.json.JsonMapper;

/** A published Section 11 framework, the agencies of the tests and inputs that answer a return. */
public final class AssessmentFixtures {

    public static final String POLICE = "west-midlands-police";
    public static final String HEALTH = "royal-wolverhampton-nhs";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AssessmentFixtures() {
    }

    public static Framework publishedSection11(FrameworkRepository frameworks) {
        Framework framework = FrameworkFiles.read(JSON, DemoAssessments.FRAMEWORK_FILE);
        framework.publish(TestClock.now(), "test");
        return frameworks.insert(framework);
    }

    /** Police serving Wolverhampton and Walsall, a Wolverhampton health trust, a Warwickshire council and a school. */
    public static void storeAgencies(PartnershipFixtures partnershipFixtures) {
        partnershipFixtures.storeAgency(POLICE, "West Midlands Police", OrganisationKind.POLICE, "wolverhampton", "walsall");
        partnershipFixtures.storeAgency(HEALTH, "Royal Wolverhampton NHS Trust", OrganisationKind.NHS_TRUST, "wolverhampton");
        partnershipFixtures.storeAgency("warwickshire-council", "Warwickshire County Council", OrganisationKind.LOCAL_AUTHORITY, "warwickshire");
        partnershipFixtures.storeSchool("demo-park-primary", "Demo Park Primary", "demo-900001");
    }

    public static Map<String, Object> cycleInput(String frameworkId, String title, List<String> partnerships, String opensOn, String dueOn) {
        var input = new HashMap<String, Object>();
        input.put("title", title);
        input.put("period", "2026/27");
        input.put("frameworkId", frameworkId);
        input.put("partnershipCodes", partnerships);
        input.put("opensOn", opensOn);
        input.put("dueOn", dueOn);
        input.put("organisationKinds", List.of("POLICE", "NHS_TRUST", "LOCAL_AUTHORITY"));
        return input;
    }

    /** Inputs answering every required question asked of a return serving {@code serves}; ratings per standard. */
    public static List<Map<String, Object>> allRequired(Framework framework, Serves serves, Function<String, String> ratingOfStandard) {
        var answers = new ArrayList<Map<String, Object>>();
        framework.standards().forEach(standard -> standard.questions().stream().filter(q -> q.required() && q.appliesTo(serves, null))
                .forEach(q -> answers.add(answer(q, ratingOfStandard.apply(standard.code())))));
        return answers;
    }

    public static Map<String, Object> answer(Question question, String rating) {
        var input = new HashMap<String, Object>();
        input.put("questionCode", question.code());
        input.put("expectedRevision", 0);
        switch (question.answerType()) {
            case RATING -> input.put("rating", rating);
            case YES_NO -> input.put("yesNo", true);
            case NUMBER -> input.put("number", question.maximum() == null ? 90.0 : Math.min(90.0, question.maximum()));
            case CHOICE -> input.put("choice", question.choices().getFirst());
            case TEXT, EVIDENCE -> input.put("text", "Policy v4, board minutes May");
        }
        return input;
    }

    /** Answers every required question directly on the aggregate and submits it (for summary fixtures). */
    static void answerAndSubmit(AuditReturn r, Framework framework, Function<String, String> ratingOfStandard, java.time.LocalDate on) {
        var changes = new ArrayList<AnswerChange>();
        framework.standards().forEach(standard -> standard.questions().stream()
                .filter(q -> q.required() && q.appliesTo(r.getServes(), r.getEstablishmentType()))
                .forEach(q -> {
                    Map<String, Object> a = answer(q, ratingOfStandard.apply(standard.code()));
                    changes.add(new AnswerChange("test", q.code(), 0, new AnswerValue((String) a.get("rating"), (Boolean) a.get("yesNo"),
                            (Double) a.get("number"), (String) a.get("text"), (String) a.get("choice")), List.of()));
                }));
        Actor actor = new Actor("test", "Test");
        r.saveAnswers(framework, changes, actor, on.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        r.submit(framework, actor, on.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), on);
    }

    /** Answers every required question of the return (rated as met), directly on the record. */
    static void answerAll(AuditReturn r, Framework framework) {
        String met = framework.getContent().ratingScale().stream().filter(RatingLevel::met).findFirst().orElseThrow().value();
        var changes = new ArrayList<AnswerChange>();
        framework.standards().forEach(standard -> standard.questions().stream()
                .filter(q -> q.required() && q.appliesTo(r.getServes(), r.getEstablishmentType()))
                .forEach(q -> {
                    Map<String, Object> a = answer(q, met);
                    int revision = r.answer(q.code()).map(Answer::revision).orElse(0);
                    changes.add(new AnswerChange("test", q.code(), revision, new AnswerValue((String) a.get("rating"), (Boolean) a.get("yesNo"),
                            (Double) a.get("number"), (String) a.get("text"), (String) a.get("choice")), List.of()));
                }));
        r.saveAnswers(framework, changes, new Actor("test", "Test"), TestClock.now());
    }

    /** An issued cycle of one partnership (deadline last week) with a return for each organisation, stored. */
    public static List<AuditReturn> storeIssuedCycle(org.springframework.data.mongodb.core.MongoOperations mongo, Framework framework, String partnership,
            String period, List<org.jointboard.partnership.Organisation> organisations) {
        var details = new AuditCycle.CycleDetails("Section 11 audit " + period + " (" + partnership + ")", period, java.util.Set.of(partnership),
                TestClock.today().minusWeeks(8), TestClock.today().minusWeeks(1), framework.getOrganisationKinds(), java.util.Set.of(), java.util.Set.of());
        AuditCycle cycle = new AuditCycle(details, framework);
        cycle.issued(organisations.size(), TestClock.now(), "test");
        AuditCycle stored = mongo.insert(cycle);
        var actor = new Actor("test", "Test");
        return organisations.stream().map(o -> mongo.insert(new AuditReturn(stored, framework, o, List.of(partnership), Serves.BOTH, actor,
                TestClock.now()))).toList();
    }

    /** Answers every required question with these ratings per standard, submits it and, where given, moderates standards for its partnership. */
    public static void submitRated(org.springframework.data.mongodb.core.MongoOperations mongo, AuditReturn r, Framework framework,
            Function<String, String> ratingOfStandard, Map<String, String> moderated) {
        answerAndSubmit(r, framework, ratingOfStandard, TestClock.today().minusWeeks(2));
        moderated.forEach((standard, rating) -> r.moderate(framework, r.getPartnershipCodes().getFirst(),
                List.of(new ModeratedRating(standard, rating, null, "Test", TestClock.now()))));
        mongo.save(r);
    }
}
