package org.jointboard.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jointboard.assessment.AuditCycle.CycleDetails;
import org.jointboard.partnership.Organisation;
import org.jointboard.partnership.Partnership;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Audit cycles and returns at national scale, built through the same records and steps as the services (issue, answer,
 * submit, accept, moderate, challenge) so the documents are what a real year leaves behind. Deterministic for a seed.
 */
public final class NationalAssessments {

    private static final Actor GENERATOR = new Actor("generator", "National data generator");

    private NationalAssessments() {
    }

    /** What one cycle's generation wrote. */
    public record Written(int cycles, int returns, int submitted) {

        Written plus(Written other) {
            return new Written(cycles + other.cycles, returns + other.returns, submitted + other.submitted);
        }
    }

    /** The published Section 11 and schools' frameworks (the shipped editions), stored. */
    public static List<Framework> publishFrameworks(MongoOperations mongo, JsonMapper json, Instant at) {
        var published = new ArrayList<Framework>();
        for (String file : List.of(DemoAssessments.FRAMEWORK_FILE, DemoAssessments.SCHOOLS_FRAMEWORK_FILE)) {
            Framework framework = FrameworkFiles.read(json, file);
            framework.publish(at, GENERATOR.username());
            published.add(mongo.insert(framework));
        }
        return published;
    }

    /**
     * One cycle per partnership of this framework, opening on {@code opens}, with a return for each of its organisations
     * (an organisation serving several partnerships answers each one's cycle). A cycle whose deadline has passed by
     * {@code today} is answered, submitted (most on time), accepted, and some of it moderated and challenged; an open one
     * is part-way.
     */
    public static Written cycles(MongoOperations mongo, Framework framework, String titlePrefix, LocalDate opens, LocalDate due, LocalDate today,
            List<Partnership> partnerships, Map<String, List<Organisation>> organisationsByPartnership, Random random) {
        Written written = new Written(0, 0, 0);
        String period = DemoAssessments.period(opens);
        var tallies = new ReturnTallies(mongo);
        Map<String, Partnership> boards = new java.util.HashMap<>();
        partnerships.forEach(p -> boards.put(p.getCode(), p));
        for (Partnership partnership : partnerships) {
            List<Organisation> organisations = organisationsByPartnership.getOrDefault(partnership.getCode(), List.of());
            var cycle = new AuditCycle(new CycleDetails(titlePrefix + " " + period, period, Set.of(partnership.getCode()), opens, due,
                    framework.getOrganisationKinds(), Set.of(), Set.of()), framework);
            cycle.identify("generated-" + framework.getCode().toLowerCase(java.util.Locale.ROOT) + "-" + period.replace('/', '-') + "-" + partnership.getCode());
            cycle.issued(organisations.size(), DemoAssessments.at(opens), GENERATOR.username());
            mongo.insert(cycle);
            int submitted = 0;
            var returns = new ArrayList<AuditReturn>();
            for (Organisation organisation : organisations) {
                AuditReturn r = DemoAssessments.issue(cycle, framework, organisation, boards);
                if (progress(r, framework, cycle, today, random)) {
                    submitted++;
                }
                returns.add(r);
            }
            if (!returns.isEmpty()) {
                mongo.insertAll(returns);
                tallies.recordAll(returns, true); // as issuing a cycle does: its tallies are complete from the start
            }
            written = written.plus(new Written(1, organisations.size(), submitted));
        }
        return written;
    }

    /** Takes a return as far as its cycle's date allows; true if it was submitted. */
    private static boolean progress(AuditReturn r, Framework framework, AuditCycle cycle, LocalDate today, Random random) {
        boolean closed = today.isAfter(cycle.getDueOn());
        double roll = random.nextDouble();
        if (closed ? roll < 0.06 : roll < 0.35) {
            return false; // never started
        }
        double quality = random.nextDouble();
        LocalDate answered = cycle.getOpensOn().plusDays(7 + random.nextInt(28));
        if (!closed && roll < 0.6) {
            DemoAssessments.answerAll(r, framework, standard -> rating(quality, random), answered); // in progress, not yet submitted
            return false;
        }
        DemoAssessments.answerAll(r, framework, standard -> rating(quality, random), answered);
        LocalDate submitted = random.nextDouble() < 0.85 ? cycle.getDueOn().minusDays(random.nextInt(14)) : cycle.getDueOn().plusDays(1 + random.nextInt(30));
        if (!closed && submitted.isAfter(today)) {
            submitted = today.minusDays(random.nextInt(7));
        }
        for (String signOff : framework.getSignOffs()) {
            r.signOff(framework, new SignOff(signOff, "Signed by the " + signOff.toLowerCase(java.util.Locale.UK), submitted, GENERATOR.name(),
                    DemoAssessments.at(submitted)));
        }
        r.submit(framework, GENERATOR, DemoAssessments.at(submitted), submitted);
        for (String partnership : r.getPartnershipCodes()) {
            if (random.nextDouble() < 0.35) {
                String standard = framework.standards().skip(random.nextInt((int) framework.standards().count())).findFirst().orElseThrow().code();
                r.moderate(framework, partnership, List.of(new ModeratedRating(standard, random.nextBoolean() ? "PARTIALLY_MET" : "NOT_MET",
                        "Evidence did not show it working in practice", GENERATOR.name(), DemoAssessments.at(submitted.plusWeeks(2)))));
            }
            if (random.nextDouble() < 0.1) {
                r.recordChallenge(partnership, new Challenge(submitted.plusWeeks(3), "Section 11 challenge panel",
                        "How do you know the training reaches frontline staff?", "Training records are audited quarterly", GENERATOR.name(),
                        DemoAssessments.at(submitted.plusWeeks(3))));
            }
            if (closed && random.nextDouble() < 0.9) {
                r.accept(partnership, GENERATOR, DemoAssessments.at(submitted.plusWeeks(4)));
            }
        }
        return true;
    }

    private static String rating(double quality, Random random) {
        double roll = random.nextDouble();
        return roll < 0.55 + 0.4 * quality ? "MET" : roll < 0.9 + 0.08 * quality ? "PARTIALLY_MET" : "NOT_MET";
    }

    static Instant at(LocalDate date) {
        return date.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }
}
