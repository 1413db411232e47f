package org.jointboard.generator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.jointboard.actionplan.NationalActionPlans;
import org.jointboard.assessment.Framework;
import org.jointboard.assessment.NationalAssessments;
import org.jointboard.committee.NationalStructures;
import org.jointboard.partnership.EstablishmentType;
import org.jointboard.partnership.NationalRegister;
import org.jointboard.partnership.Organisation;
import org.jointboard.partnership.OrganisationKind;
import org.jointboard.partnership.Partnership;
import org.jointboard.partnership.Person;
import org.jointboard.partnership.SchoolPhase;
import org.jointboard.risk.SeededRegisters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Fills an empty store with national-scale data, deterministically for a seed, then stops the application. Started by
 * {@code ./generate.sh} (README): {@code jointboard.generate.enabled=true}, no web server, no demo data.
 */
@Component
@ConditionalOnBooleanProperty("jointboard.generate.enabled")
@org.springframework.core.annotation.Order // last: the start-up migrations first find the store empty and are recorded as done
class NationalDataGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NationalDataGenerator.class);
    private static final List<OrganisationKind> AGENCY_KINDS = List.of(OrganisationKind.LOCAL_AUTHORITY, OrganisationKind.POLICE,
            OrganisationKind.NHS_TRUST, OrganisationKind.CCG, OrganisationKind.PROBATION, OrganisationKind.FIRE, OrganisationKind.AMBULANCE,
            OrganisationKind.YOUTH_OFFENDING_TEAM, OrganisationKind.VOLUNTARY_SECTOR, OrganisationKind.DISTRICT_COUNCIL, OrganisationKind.FE_COLLEGE,
            OrganisationKind.OTHER);

    private static final int PEOPLE_PER_PARTNERSHIP = 12;
    private static final List<Partnership> DEMO_AREAS = org.jointboard.partnership.DemoOrganisations.partnerships();

    private final GeneratorProperties sizes;
    private final MongoOperations mongo;
    private final JsonMapper json;
    private final Clock clock;
    private final ConfigurableApplicationContext context;

    NationalDataGenerator(GeneratorProperties sizes, MongoOperations mongo, JsonMapper json, Clock clock, ConfigurableApplicationContext context) {
        this.sizes = sizes;
        this.mongo = mongo;
        this.json = json;
        this.clock = clock;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int exit = 0;
        try {
            generate();
        } catch (RuntimeException failed) {
            log.error("Generation failed", failed);
            exit = 1;
        }
        int code = exit;
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** Writes the data set into the store, which must have no partnerships yet. */
    void generate() {
        if (!NationalRegister.isEmpty(mongo)) {
            throw new IllegalStateException("The store already has partnerships: generate into an empty store (another JOINTBOARD_DATA_DIR, or delete it)");
        }
        long started = System.nanoTime();
        var random = new Random(sizes.seed());
        LocalDate today = LocalDate.now(clock);
        List<Partnership> partnerships = step("partnerships", () -> partnerships());
        List<Organisation> agencies = step("agencies", () -> agencies(partnerships, random));
        List<Organisation> schools = step("schools", () -> schools(partnerships, random));
        List<Framework> frameworks = NationalAssessments.publishFrameworks(mongo, json, clock.instant());
        Map<String, List<Organisation>> agenciesByArea = byPartnership(agencies);
        Map<String, List<Organisation>> schoolsByArea = byPartnership(schools);
        for (int year = sizes.section11Cycles() - 1; year >= 0; year--) {
            LocalDate opens = today.minusYears(year).minusWeeks(7);
            var written = NationalAssessments.cycles(mongo, frameworks.get(0), "Section 11 audit", opens, opens.plusWeeks(10), today, partnerships,
                    agenciesByArea, random);
            print("Section 11 round opening " + opens, written.cycles() + " cycles, " + written.returns() + " returns, " + written.submitted()
                    + " submitted", started);
        }
        for (int year = sizes.schoolCycles() - 1; year >= 0; year--) {
            LocalDate opens = today.minusYears(year).minusWeeks(4);
            var written = NationalAssessments.cycles(mongo, frameworks.get(1), "Schools' safeguarding audit", opens, opens.plusWeeks(6), today,
                    partnerships, schoolsByArea, random);
            print("Schools' round opening " + opens, written.cycles() + " cycles, " + written.returns() + " returns, " + written.submitted()
                    + " submitted", started);
        }
        if (sizes.risks()) {
            int risks = SeededRegisters.write(mongo, partnerships.stream().map(Partnership::getCode).toList(), today);
            print("risk registers", risks + " risks with a year of reviews", started);
        }
        if (sizes.structures()) {
            Map<String, List<Person>> people = people(partnerships, agenciesByArea, random);
            print("people", people.values().stream().mapToInt(List::size).sum() + " on boards and committees", started);
            var structures = NationalStructures.write(mongo, people, today, random);
            print("boards and committees", structures.committees() + " bodies, " + structures.meetings() + " meetings with attendance", started);
            var plans = NationalActionPlans.write(mongo, people, structures.bodyIdsByPartnership(), sizes.actions(), today, random);
            print("action plans", plans.plans() + " plans, " + plans.actions() + " actions, " + plans.updates() + " progress updates", started);
        }
        print("done", "seed " + sizes.seed(), started);
    }

    private List<Partnership> partnerships() {
        var list = new ArrayList<Partnership>();
        for (int i = 1; i <= sizes.partnerships(); i++) {
            String name = i <= DEMO_AREAS.size() ? DEMO_AREAS.get(i - 1).getName() : "Area %03d Safeguarding Partnership".formatted(i);
            list.add(NationalRegister.partnership(area(i), name, i % 3 == 0));
        }
        return NationalRegister.storePartnerships(mongo, list);
    }

    /** Agencies over neighbouring areas: 40% serve one, 30% two, 20% three, 10% four (about two on average). */
    private List<Organisation> agencies(List<Partnership> partnerships, Random random) {
        var list = new ArrayList<Organisation>();
        int areas = partnerships.size();
        for (int i = 0; i < sizes.agencies(); i++) {
            double roll = random.nextDouble();
            int serves = Math.min(areas, roll < 0.4 ? 1 : roll < 0.7 ? 2 : roll < 0.9 ? 3 : 4);
            int first = (int) ((long) i * areas / Math.max(1, sizes.agencies()));
            Set<String> codes = new TreeSet<>();
            for (int k = 0; k < serves; k++) {
                codes.add(area(1 + (first + k) % areas));
            }
            OrganisationKind kind = AGENCY_KINDS.get(i % AGENCY_KINDS.size());
            String name = "%s %04d".formatted(kind.name().charAt(0) + kind.name().substring(1).toLowerCase(java.util.Locale.UK).replace('_', ' '), i + 1);
            list.add(NationalRegister.agency("agency-%04d".formatted(i + 1), name, kind, codes));
        }
        return NationalRegister.storeOrganisations(mongo, list);
    }

    private List<Organisation> schools(List<Partnership> partnerships, Random random) {
        var list = new ArrayList<Organisation>();
        for (int i = 0; i < sizes.schools(); i++) {
            String partnership = area(1 + (int) ((long) i * partnerships.size() / Math.max(1, sizes.schools())));
            double roll = random.nextDouble();
            SchoolPhase phase = roll < 0.75 ? SchoolPhase.PRIMARY : roll < 0.92 ? SchoolPhase.SECONDARY : roll < 0.97 ? SchoolPhase.SPECIAL
                    : SchoolPhase.ALTERNATIVE_PROVISION;
            EstablishmentType type = random.nextDouble() < 0.45 ? EstablishmentType.MAINTAINED : random.nextDouble() < 0.8 ? EstablishmentType.ACADEMY
                    : EstablishmentType.FREE_SCHOOL;
            list.add(NationalRegister.school("school-%05d".formatted(i + 1), "School %05d".formatted(i + 1), String.valueOf(100000 + i), phase, type,
                    partnership));
        }
        return NationalRegister.storeOrganisations(mongo, list);
    }

    /** A dozen people per partnership: its independent chair, then people of the agencies serving it. */
    private List<Person> peopleOf(Partnership partnership, List<Organisation> agencies, Random random, int[] next) {
        var list = new ArrayList<Person>();
        list.add(NationalRegister.person("person-%05d".formatted(++next[0]), "Chair of " + partnership.getName(), "Independent Chair", null,
                partnership.getCode()));
        for (int i = 1; i < PEOPLE_PER_PARTNERSHIP; i++) {
            Organisation agency = agencies.isEmpty() ? null : agencies.get(random.nextInt(agencies.size()));
            list.add(NationalRegister.person("person-%05d".formatted(++next[0]), "Person %05d".formatted(next[0]), "Safeguarding lead",
                    agency == null ? null : agency.getCode(), partnership.getCode()));
        }
        return list;
    }

    private Map<String, List<Person>> people(List<Partnership> partnerships, Map<String, List<Organisation>> agenciesByArea, Random random) {
        Map<String, List<Person>> people = new java.util.LinkedHashMap<>();
        int[] next = { 0 };
        for (Partnership partnership : partnerships) {
            people.put(partnership.getCode(), peopleOf(partnership, agenciesByArea.getOrDefault(partnership.getCode(), List.of()), random, next));
        }
        NationalRegister.storePeople(mongo, people.values().stream().flatMap(List::stream).toList());
        return people;
    }

    private static Map<String, List<Organisation>> byPartnership(List<Organisation> organisations) {
        var map = new HashMap<String, List<Organisation>>();
        organisations.forEach(o -> o.getPartnershipCodes().forEach(p -> map.computeIfAbsent(p, k -> new ArrayList<>()).add(o)));
        return map;
    }

    private <T> List<T> step(String what, java.util.function.Supplier<List<T>> write) {
        long started = System.nanoTime();
        List<T> written = write.get();
        print(what, String.valueOf(written.size()), started);
        return written;
    }

    private static void print(String what, String count, long since) {
        String line = "[generate] %s: %s (%.1f s)".formatted(what, count, (System.nanoTime() - since) / 1e9);
        System.out.println(line);
        log.info(line);
    }

    /** The first areas are the demo's (same codes and names), so the demo's sign-ins (admin, chair, viewer) see national data. */
    static String area(int n) {
        return n <= DEMO_AREAS.size() ? DEMO_AREAS.get(n - 1).getCode() : "area-%03d".formatted(n);
    }
}
