package org.jointboard.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jointboard.assessment.AuditCycle.CycleDetails;
import org.jointboard.partnership.Organisation;
import org.jointboard.partnership.OrganisationKind;
import org.jointboard.partnership.Partnership;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Demo Section 11 data (DOMAIN.md §4 and §10): the S11 framework, last year's cycle (all returns in, two agencies
 * never returned) and this year's cycle for Wolverhampton and Walsall together, so West Midlands Police answers once
 * for both. This year: the CCG accepted (all met), the fire service and the council submitted, Youth Organisations
 * Wolverhampton returned (S11-4 evidence missing), the health trust part-way, the police not started (last year's answers
 * carried forward, to confirm: it submitted last year, with S11-8 not met). The schools'
 * s175/s157 framework is published too, with this year's cycle open to Wolverhampton's three demo schools (none started);
 * the business unit issues it to more schools once the school register is imported.
 */
public final class DemoAssessments {

    public static final String FRAMEWORK_FILE = "frameworks/section-11.json";
    public static final String SCHOOLS_FRAMEWORK_FILE = "frameworks/schools-s175-s157.json";
    private static final Actor DEMO = new Actor("demo", "Demo data");
    private static final List<String> PARTNERSHIPS = List.of("wolverhampton", "walsall");

    /** Ids of the demo Section 11 cycles: last year's (closed and accepted) and this year's (open). */
    public static final String LAST_CYCLE = "demo-s11-last";
    public static final String CURRENT_CYCLE = "demo-s11-current";
    /** The id of the open schools' s175/s157 cycle of Wolverhampton's demo schools. */
    public static final String SCHOOLS_CYCLE = "demo-s175-current";
    /**
     * Ids of two older Wolverhampton cycles, brought over from the board's spreadsheets: past the default retention period
     * for returns, so a board admin has something a retention run would delete (and a cycle to place a legal hold on).
     */
    public static final String SEVEN_YEARS_AGO_CYCLE = "demo-s11-seven-years-ago";
    public static final String NINE_YEARS_AGO_CYCLE = "demo-s11-nine-years-ago";

    /** The id of an organisation's return in one of the demo cycles. */
    public static String returnId(String cycleId, String organisationCode) {
        return cycleId + "-" + organisationCode;
    }

    private DemoAssessments() {
    }

    /** Loads the demo framework, cycles and returns; returns how many returns were stored. */
    public static int load(MongoOperations mongo, JsonMapper json, Clock clock, List<Organisation> organisations,
            List<Partnership> partnerships) {
        LocalDate today = LocalDate.now(clock);
        Framework framework = FrameworkFiles.read(json, FRAMEWORK_FILE);
        framework.publish(at(today.minusYears(2)), DEMO.username());
        framework = mongo.insert(framework);
        Framework schools = FrameworkFiles.read(json, SCHOOLS_FRAMEWORK_FILE);
        schools.publish(at(today.minusYears(2)), DEMO.username());
        schools = mongo.insert(schools);
        Map<String, Partnership> boards = partnerships.stream().collect(Collectors.toMap(Partnership::getCode, Function.identity()));
        final Framework s11 = framework;
        List<Organisation> agencies = organisations.stream().filter(o -> o.getKind() != OrganisationKind.SCHOOL)
                .filter(o -> o.getPartnershipCodes().stream().anyMatch(PARTNERSHIPS::contains)).toList();

        LocalDate lastOpened = today.minusYears(1).minusWeeks(7);
        AuditCycle last = cycle(mongo, framework, LAST_CYCLE, "Section 11 audit " + period(lastOpened), lastOpened, lastOpened.plusWeeks(10));
        AuditCycle current = cycle(mongo, framework, CURRENT_CYCLE, "Section 11 audit " + period(today.minusWeeks(7)), today.minusWeeks(7), today.plusWeeks(3));
        var stored = new ArrayList<AuditReturn>();
        for (Organisation agency : agencies) {
            AuditReturn lastYears = lastYears(last, framework, agency, boards);
            stored.add(lastYears);
            stored.add(thisYears(current, framework, agency, boards, today, lastYears));
        }
        for (int yearsAgo : List.of(7, 9)) {
            LocalDate opened = today.minusYears(yearsAgo).minusWeeks(7);
            AuditCycle old = cycle(mongo, framework, yearsAgo == 7 ? SEVEN_YEARS_AGO_CYCLE : NINE_YEARS_AGO_CYCLE, "Section 11 audit " + period(opened),
                    Set.of("wolverhampton"), opened, opened.plusWeeks(10));
            agencies.stream().filter(a -> a.getPartnershipCodes().contains("wolverhampton")).forEach(a -> stored.add(archived(old, s11, a, boards)));
        }
        // the schools' audit is open, so a school's DSL has one to do from the first start; due before this year's Section 11
        AuditCycle schoolsCycle = cycle(mongo, schools, SCHOOLS_CYCLE, "Schools' safeguarding audit " + period(today.minusWeeks(4)),
                Set.of("wolverhampton"), today.minusWeeks(4), today.plusWeeks(2));
        for (Organisation school : organisations.stream().filter(o -> o.getKind() == OrganisationKind.SCHOOL)
                .filter(o -> o.getPartnershipCodes().contains("wolverhampton")).toList()) {
            stored.add(issue(schoolsCycle, schools, school, boards));
        }
        mongo.insertAll(stored);
        return stored.size();
    }

    private static AuditCycle cycle(MongoOperations mongo, Framework framework, String id, String title, LocalDate opens, LocalDate due) {
        return cycle(mongo, framework, id, title, Set.copyOf(PARTNERSHIPS), opens, due);
    }

    private static AuditCycle cycle(MongoOperations mongo, Framework framework, String id, String title, Set<String> partnerships, LocalDate opens,
            LocalDate due) {
        var cycle = new AuditCycle(new CycleDetails(title, period(opens), partnerships, opens, due,
                framework.getOrganisationKinds(), Set.of(), Set.of()), framework);
        cycle.identify(id);
        cycle.issued(0, at(opens), DEMO.username());
        return mongo.insert(cycle);
    }

    private static AuditReturn lastYears(AuditCycle cycle, Framework framework, Organisation agency, Map<String, Partnership> boards) {
        AuditReturn r = issue(cycle, framework, agency, boards);
        if (agency.getCode().equals("youth-organisations-wolverhampton") || agency.getCode().equals("walsall-council")) {
            return r;
        }
        boolean late = agency.getCode().equals("west-midlands-fire");
        boolean police = agency.getCode().equals("west-midlands-police");
        answerAll(r, framework, code -> police && code.equals("S11-8") ? "NOT_MET"
                : code.equals("S11-5") || code.equals("S11-8") ? "PARTIALLY_MET" : "MET", cycle.getOpensOn().plusWeeks(3));
        LocalDate submitted = late ? cycle.getDueOn().plusWeeks(2) : cycle.getDueOn().minusWeeks(1);
        r.submit(framework, DEMO, at(submitted), submitted);
        if (agency.getCode().equals("wolverhampton-council")) {
            r.moderate(framework, "wolverhampton", List.of(new ModeratedRating("S11-2", "PARTIALLY_MET",
                    "Children's views are collected but not yet shaping services", DEMO.name(), at(submitted.plusWeeks(2)))));
        }
        r.getPartnershipCodes().forEach(p -> r.accept(p, DEMO, at(submitted.plusWeeks(3))));
        return r;
    }

    private static AuditReturn archived(AuditCycle cycle, Framework framework, Organisation agency, Map<String, Partnership> boards) {
        AuditReturn r = issue(cycle, framework, agency, boards);
        answerAll(r, framework, code -> code.equals("S11-5") ? "PARTIALLY_MET" : "MET", cycle.getOpensOn().plusWeeks(3));
        LocalDate submitted = cycle.getDueOn().minusWeeks(1);
        r.submit(framework, DEMO, at(submitted), submitted);
        r.getPartnershipCodes().forEach(p -> r.accept(p, DEMO, at(submitted.plusWeeks(3))));
        return r;
    }

    private static AuditReturn thisYears(AuditCycle cycle, Framework framework, Organisation agency, Map<String, Partnership> boards,
            LocalDate today, AuditReturn lastYears) {
        AuditReturn r = issue(cycle, framework, agency, boards);
        r.startFrom(CarryForward.answers(lastYears, framework, r, framework), framework); // as issuing does
        LocalDate started = cycle.getOpensOn().plusWeeks(2);
        switch (agency.getCode()) {
            case "wolverhampton-ccg" -> {
                answerAll(r, framework, code -> "MET", started);
                r.submit(framework, DEMO, at(today.minusWeeks(3)), today.minusWeeks(3));
                r.accept("wolverhampton", DEMO, at(today.minusWeeks(2)));
            }
            case "west-midlands-fire" -> {
                answerAll(r, framework, code -> code.equals("S11-5") ? "PARTIALLY_MET" : "MET", started);
                r.submit(framework, DEMO, at(today.minusWeeks(2)), today.minusWeeks(2));
            }
            case "wolverhampton-council" -> {
                answerAll(r, framework, code -> code.equals("S11-2") || code.equals("S11-7") ? "PARTIALLY_MET" : "MET", started);
                r.submit(framework, DEMO, at(today.minusWeeks(1)), today.minusWeeks(1));
                r.moderate(framework, "wolverhampton", List.of(new ModeratedRating("S11-7", "NOT_MET",
                        "No information-sharing training since the policy changed", DEMO.name(), at(today.minusDays(3)))));
            }
            case "youth-organisations-wolverhampton" -> {
                answerAll(r, framework, code -> code.equals("S11-4") ? "PARTIALLY_MET" : "MET", started);
                r.submit(framework, DEMO, at(today.minusWeeks(2)), today.minusWeeks(2));
                r.returnForChanges("wolverhampton", "S11-4: the evidence of DBS checks for volunteers is missing. Please add the "
                        + "reference to your single central record.", DEMO, at(today.minusWeeks(1)));
            }
            case "royal-wolverhampton-nhs" -> answerSome(r, framework, started);
            default -> { }
        }
        return r;
    }

    static AuditReturn issue(AuditCycle cycle, Framework framework, Organisation agency, Map<String, Partnership> boards) {
        List<String> covered = agency.getPartnershipCodes().stream().filter(cycle.getPartnershipCodes()::contains).toList();
        var r = new AuditReturn(cycle, framework, agency, covered, AuditCycleService.serves(framework, covered, boards), DEMO,
                at(cycle.getOpensOn()));
        r.identify(returnId(cycle.getId(), agency.getCode()));
        return r;
    }

    static void answerAll(AuditReturn r, Framework framework, Function<String, String> ratingOf, LocalDate on) {
        var changes = new ArrayList<AnswerChange>();
        framework.standards().forEach(standard -> standard.questions().stream()
                .filter(q -> q.required() && q.appliesTo(r.getServes(), r.getEstablishmentType()))
                .forEach(q -> changes.add(new AnswerChange("demo", q.code(), 0, value(q, ratingOf.apply(standard.code())), List.of()))));
        r.saveAnswers(framework, changes, DEMO, at(on));
    }

    private static void answerSome(AuditReturn r, Framework framework, LocalDate on) {
        var changes = new ArrayList<AnswerChange>();
        framework.getSections().getFirst().standards().forEach(standard -> standard.questions().stream()
                .filter(q -> q.required() && q.appliesTo(r.getServes(), r.getEstablishmentType()))
                .forEach(q -> changes.add(new AnswerChange("demo", q.code(), 0, value(q, "MET"), List.of()))));
        r.saveAnswers(framework, changes, DEMO, at(on));
    }

    static AnswerValue value(Question question, String rating) {
        return switch (question.answerType()) {
            case RATING -> new AnswerValue(rating, null, null, null, null);
            case YES_NO -> new AnswerValue(null, !"NOT_MET".equals(rating), null, null, null);
            case NUMBER -> new AnswerValue(null, null, within(question, "MET".equals(rating) ? 94.0 : 71.0), null, null);
            case CHOICE -> new AnswerValue(null, null, null, null, question.choices().getFirst());
            case EVIDENCE -> new AnswerValue(null, null, null, "Safeguarding policy v4 and board minutes (intranet, Governance folder)", null);
            case TEXT -> new AnswerValue(null, null, null, "Working well; see the improvement plan.", null);
        };
    }

    /** A figure inside the question's range (the schools' audit asks for counts up to 50). */
    private static double within(Question question, double figure) {
        double upper = question.maximum() == null ? figure : Math.min(figure, question.maximum());
        return question.minimum() == null ? upper : Math.max(upper, question.minimum());
    }

    static String period(LocalDate opens) {
        int start = opens.getMonthValue() >= 4 ? opens.getYear() : opens.getYear() - 1;
        return start + "/" + String.valueOf(start + 1).substring(2);
    }

    static Instant at(LocalDate date) {
        return date.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }
}
