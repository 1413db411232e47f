package org.jointboard.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jointboard.partnership.Serves;
import org.jointboard.assessment.AuditCycle.CycleDetails;
import org.jointboard.common.RejectedCommand;
import org.jointboard.partnership.OrganisationKind;
import org.jointboard.partnership.PartnershipFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The return's lifecycle on the record itself, without a store: from every state a return can be in, every step is
 * tried; the steps {@link ReturnStep} allows there succeed and every other step is refused with the field and the
 * reason, leaving the return as it was.
 */
class ReturnLifecycleTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Actor ACTOR = new Actor("tester", "Tess Tester");
    private static final Framework FRAMEWORK = withSignOff(FrameworkFiles.read(JsonMapper.builder().build(), DemoAssessments.FRAMEWORK_FILE));

    /** The states a return reaches, with whether it has been submitted at least once on the way. */
    private static final Map<String, List<String>> PATHS = Map.of(
            "NOT_STARTED", List.of(),
            "IN_PROGRESS", List.of("answer"),
            "SUBMITTED", List.of("answer", "submit"),
            "RETURNED", List.of("answer", "submit", "return"),
            "ACCEPTED", List.of("answer", "submit", "accept"),
            "REOPENED", List.of("answer", "submit", "accept", "reopen"));

    @BeforeEach
    void publish() {
        if (FRAMEWORK.getStatus() != Framework.Status.PUBLISHED) {
            FRAMEWORK.publish(NOW, "test");
        }
    }

    @Test
    void everyStepIsTakenWhereTheLifecycleAllowsItAndRefusedEverywhereElse() {
        var checked = new ArrayList<String>();
        PATHS.forEach((name, path) -> {
            for (ReturnStep step : ReturnStep.values()) {
                AuditReturn r = reach(path);
                ReturnState before = r.getState();
                boolean allowed = step.allowed(before, r.getFirstSubmittedAt() != null);
                assertThat(r.allows(step)).isEqualTo(allowed);
                if (allowed) {
                    take(r, step);
                    checked.add(name + " " + step + " taken");
                } else {
                    int events = r.getEvents().size();
                    assertThatThrownBy(() -> take(r, step)).as(name + " " + step).isInstanceOf(RejectedCommand.class)
                            .hasMessageContaining("cannot be");
                    assertThat(r.getState()).isEqualTo(before);
                    assertThat(r.getEvents()).hasSize(events);
                    checked.add(name + " " + step + " refused");
                }
            }
        });
        assertThat(checked).hasSize(PATHS.size() * ReturnStep.values().length);
    }

    @Test
    void theLifecycleIsTheOneWrittenOnReturnState() {
        for (ReturnState state : ReturnState.values()) {
            EnumSet<ReturnStep> open = EnumSet.noneOf(ReturnStep.class);
            for (ReturnStep step : ReturnStep.values()) {
                if (step.allowed(state, false)) {
                    open.add(step);
                }
            }
            Set<ReturnStep> expected = switch (state) {
                case NOT_STARTED, IN_PROGRESS, RETURNED -> EnumSet.of(ReturnStep.ANSWER, ReturnStep.SIGN_OFF, ReturnStep.SUBMIT);
                case SUBMITTED -> EnumSet.of(ReturnStep.RETURN_FOR_CHANGES, ReturnStep.ACCEPT);
                case ACCEPTED -> EnumSet.of(ReturnStep.REOPEN);
            };
            assertThat(open).as(state.name()).isEqualTo(expected);
            assertThat(ReturnStep.MODERATE.allowed(state, true)).isTrue();
            assertThat(ReturnStep.MODERATE.allowed(state, false)).isFalse();
        }
    }

    @Test
    void aReturnIsAcceptedOnlyOnceEveryPartnershipItCoversHasAcceptedIt() {
        AuditReturn r = reach(List.of("answer", "submit"));
        r.accept("wolverhampton", ACTOR, NOW);
        assertThat(r.getState()).isEqualTo(ReturnState.SUBMITTED);
        assertThatThrownBy(() -> r.accept("wolverhampton", ACTOR, NOW)).isInstanceOf(RejectedCommand.class).hasMessageContaining("already accepted");
        r.accept("walsall", ACTOR, NOW);
        assertThat(r.getState()).isEqualTo(ReturnState.ACCEPTED);
    }

    private static AuditReturn reach(List<String> path) {
        var cycle = new AuditCycle(new CycleDetails("Section 11", "2026/27", Set.of("wolverhampton", "walsall"), TODAY.minusWeeks(4),
                TODAY.plusWeeks(4), Set.of(OrganisationKind.POLICE), Set.of(), Set.of()), FRAMEWORK);
        var police = PartnershipFixtures.agency("police", "West Midlands Police", OrganisationKind.POLICE, "wolverhampton", "walsall");
        var r = new AuditReturn(cycle, FRAMEWORK, police, List.of("wolverhampton", "walsall"), Serves.BOTH, ACTOR, NOW);
        for (String step : path) {
            switch (step) {
                case "answer" -> AssessmentFixtures.answerAll(r, FRAMEWORK);
                case "submit" -> {
                    signOffAll(r);
                    r.submit(FRAMEWORK, ACTOR, NOW, TODAY);
                }
                case "return" -> r.returnForChanges("wolverhampton", "Say more", ACTOR, NOW);
                case "accept" -> {
                    r.accept("wolverhampton", ACTOR, NOW);
                    r.accept("walsall", ACTOR, NOW);
                }
                case "reopen" -> r.reopen("wolverhampton", "New evidence", ACTOR, NOW);
                default -> throw new IllegalArgumentException(step);
            }
        }
        return r;
    }

    /** The demo Section 11 framework with a chief executive's sign-off, so that step is in the lifecycle too. */
    private static Framework withSignOff(Framework demo) {
        FrameworkContent c = demo.getContent();
        return new Framework(demo.getCode(), demo.getEdition(), new FrameworkContent(c.title(), c.description(), c.serves(),
                c.organisationKinds(), c.ratingScale(), c.sections(), List.of("Chief executive")));
    }

    private static void signOffAll(AuditReturn r) {
        FRAMEWORK.getSignOffs().forEach(role -> r.signOff(FRAMEWORK, new SignOff(role, "Sam Signer", TODAY, ACTOR.username(), NOW)));
    }

    private static void take(AuditReturn r, ReturnStep step) {
        String standard = FRAMEWORK.standards().findFirst().orElseThrow().code();
        switch (step) {
            case ANSWER -> AssessmentFixtures.answerAll(r, FRAMEWORK);
            case SIGN_OFF -> {
                r.signOff(FRAMEWORK, new SignOff(FRAMEWORK.getSignOffs().getFirst(), "Sam Signer", TODAY, ACTOR.username(), NOW));
            }
            case SUBMIT -> {
                if (r.allows(ReturnStep.SIGN_OFF)) {
                    AssessmentFixtures.answerAll(r, FRAMEWORK);
                    signOffAll(r);
                }
                r.submit(FRAMEWORK, ACTOR, NOW, TODAY);
            }
            case RETURN_FOR_CHANGES -> r.returnForChanges("wolverhampton", "Say more", ACTOR, NOW);
            case ACCEPT -> r.accept("wolverhampton", ACTOR, NOW);
            case REOPEN -> r.reopen("wolverhampton", "New evidence", ACTOR, NOW);
            case MODERATE -> r.moderate(FRAMEWORK, "wolverhampton", List.of(new ModeratedRating(standard, FRAMEWORK.getContent().ratingScale().getFirst().value(), "Panel", "Chair", NOW)));
            case CHALLENGE -> r.recordChallenge("wolverhampton", new Challenge(TODAY, "Panel", "How do you know?", null, "chair", NOW));
            case RELEASE_FEEDBACK -> r.releaseFeedback("wolverhampton", ACTOR, NOW);
        }
    }
}
