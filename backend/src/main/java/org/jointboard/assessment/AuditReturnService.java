package org.jointboard.assessment;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import org.jointboard.assessment.AssessmentInputs.AcceptReturnInput;
import org.jointboard.assessment.AssessmentInputs.ModerateRatingsInput;
import org.jointboard.assessment.AssessmentInputs.RecordChallengeInput;
import org.jointboard.assessment.AssessmentInputs.ReleaseFeedbackInput;
import org.jointboard.assessment.AssessmentInputs.ReopenReturnInput;
import org.jointboard.assessment.AssessmentInputs.ReturnForChangesInput;
import org.jointboard.assessment.AssessmentInputs.SaveAnswersInput;
import org.jointboard.assessment.AssessmentInputs.SubmitReturnInput;
import org.jointboard.assessment.internal.AuditReturnRepository;
import org.jointboard.audit.Snapshots;
import org.jointboard.notification.Notices;
import org.jointboard.partnership.Person;
import org.jointboard.partnership.PersonService;
import org.jointboard.common.NotFoundException;
import org.jointboard.security.CurrentUsers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/**
 * Changes to returns (the reads are {@link AuditReturns}, under the same roles). An organisation's lead (agency or school) completes and submits their own organisation's returns, for every
 * partnership it serves; board admins see every return of their partnerships, accept or return it for their area and
 * re-open accepted ones; admins and the chair challenge and moderate; the chair and executive read. Viewers see no
 * single return (only the summaries).
 */
@Service
@Validated
@PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER','AGENCY_LEAD','AGENCY_CONTRIBUTOR','SCHOOL_LEAD')")
public class AuditReturnService {

    private final AuditReturnRepository returns;
    private final FrameworkService frameworks;
    private final AuditReturns reads;
    private final CurrentUsers currentUsers;
    private final Snapshots snapshots;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AtomicAnswerSave answerSave;
    private final Notices notices;
    private final PersonService people;

    AuditReturnService(AuditReturnRepository returns, AuditReturns reads, FrameworkService frameworks, CurrentUsers currentUsers,
            Snapshots snapshots, ApplicationEventPublisher events, Clock clock, AtomicAnswerSave answerSave, Notices notices, PersonService people) {
        this.people = people;
        this.answerSave = answerSave;
        this.notices = notices;
        this.returns = returns;
        this.frameworks = frameworks;
        this.reads = reads;
        this.currentUsers = currentUsers;
        this.snapshots = snapshots;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Autosave. Only answers changed since the editor saw them are refused (CONFLICT); two people answering different
     * questions of one return at the same moment both keep their work: each save is one update conditioned on its
     * own answers' revisions ({@link AtomicAnswerSave}).
     */
    @PreAuthorize("hasAnyRole('AGENCY_LEAD','AGENCY_CONTRIBUTOR','SCHOOL_LEAD')")
    public AuditReturn saveAnswers(@Valid SaveAnswersInput input) {
        var changes = IntStream.range(0, input.answers().size())
                .mapToObj(i -> input.answers().get(i).toChange("answers[" + i + "]")).toList();
        AuditReturn before = ownForAnswering(input.returnId());
        Framework framework = framework(before);
        changes.forEach(change -> reads.requireMayAnswer(before, framework, change.questionCode()));
        Actor actor = actor();
        var audited = snapshots.of(before); // before the save: the first attempt plans on this same document
        AuditReturn saved = answerSave.save(before, framework, read -> read.planAnswers(framework, changes, actor, clock.instant()));
        events.publishEvent(new ReturnChanged("saveAnswers", audited, saved));
        return saved;
    }

    /** Gives a section to a colleague of the organisation who signs in, or takes it back (no username). Agency leads only. */
    @PreAuthorize("hasRole('AGENCY_LEAD')")
    public AuditReturn assignSection(@Valid AssessmentInputs.AssignSectionInput input) {
        AuditReturn auditReturn = ownForEditing(input.returnId());
        SectionAssignment assignee = null;
        if (input.username() != null && !input.username().isBlank()) {
            String username = input.username().strip();
            Person colleague = people.colleagues().stream().filter(p -> p.getUsername().equals(username)).findFirst()
                    .orElseThrow(() -> new org.jointboard.common.RejectedCommand("username", "No one in your organisation signs in as " + username
                            + ": choose one of your colleagues, or ask the business unit to add them to the people register with their username"));
            assignee = new SectionAssignment(input.sectionCode(), username, colleague.getName(), clock.instant(), currentUsers.current().name());
        }
        SectionAssignment given = assignee;
        return change("assignSection", auditReturn, input.version(), r -> r.assign(framework(r), input.sectionCode(), given));
    }

    /** Colleagues the caller (the organisation's lead) may assign sections to. */
    @PreAuthorize("hasRole('AGENCY_LEAD')")
    public java.util.List<Person> assignable(AuditReturn auditReturn) {
        return AuditReturns.isLead(currentUsers.current(), auditReturn) ? people.colleagues() : java.util.List.of();
    }

    /** Clears the answers carried forward from last cycle that are still to confirm, so the organisation starts blank. */
    @PreAuthorize("hasAnyRole('AGENCY_LEAD','SCHOOL_LEAD')")
    public AuditReturn startBlank(@Valid AssessmentInputs.StartReturnBlankInput input) {
        return change("startReturnBlank", ownForEditing(input.returnId()), input.version(),
                r -> r.startBlank(framework(r), actor(), clock.instant()));
    }

    @PreAuthorize("hasAnyRole('AGENCY_LEAD','SCHOOL_LEAD')")
    public AuditReturn submit(@Valid SubmitReturnInput input) {
        return change("submitReturn", ownForEditing(input.returnId()), input.version(),
                r -> r.submit(framework(r), actor(), clock.instant(), reads.today()));
    }

    @PreAuthorize("hasAnyRole('AGENCY_LEAD','SCHOOL_LEAD')")
    public AuditReturn signOff(@Valid AssessmentInputs.SignOffReturnInput input) {
        if (input.date().isAfter(reads.today())) {
            throw new org.jointboard.common.RejectedCommand("date", "A sign-off cannot be dated in the future");
        }
        var signOff = new SignOff(input.role(), input.name().strip(), input.date(), currentUsers.current().name(), clock.instant());
        return change("signOffReturn", ownForEditing(input.returnId()), input.version(), r -> r.signOff(framework(r), signOff));
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public AuditReturn returnForChanges(@Valid ReturnForChangesInput input) {
        AuditReturn returned = change("returnForChanges", forArea(input.returnId(), input.partnership()), input.version(),
                r -> r.returnForChanges(input.partnership(), input.reasons().strip(), actor(), clock.instant()));
        // the organisation hears at once, with the reasons, rather than at the next daily run
        notices.returnedForChanges(returned.getId(), returned.getOrganisationName() + ": " + returned.getCycleTitle(), input.partnership(),
                returned.getOrganisationCode(), returned.getDueOn(), input.reasons().strip(), returned.getVersion());
        return returned;
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public AuditReturn accept(@Valid AcceptReturnInput input) {
        return change("acceptReturn", forArea(input.returnId(), input.partnership()), input.version(),
                r -> r.accept(input.partnership(), actor(), clock.instant()));
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public AuditReturn reopen(@Valid ReopenReturnInput input) {
        return change("reopenReturn", forArea(input.returnId(), input.partnership()), input.version(),
                r -> r.reopen(input.partnership(), input.reason().strip(), actor(), clock.instant()));
    }

    @PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR')")
    public AuditReturn moderate(@Valid ModerateRatingsInput input) {
        String by = currentUsers.current().name();
        var ratings = input.ratings().stream().map(r -> new ModeratedRating(r.standardCode(), r.rating(),
                r.rationale() == null || r.rationale().isBlank() ? null : r.rationale().strip(), by, clock.instant())).toList();
        return change("moderateRatings", forArea(input.returnId(), input.partnership()), input.version(),
                r -> r.moderate(framework(r), input.partnership(), ratings));
    }

    @PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR')")
    public AuditReturn recordChallenge(@Valid RecordChallengeInput input) {
        var challenge = new Challenge(input.date(), input.panel().strip(), input.questionsRaised().strip(),
                input.agencyResponse() == null || input.agencyResponse().isBlank() ? null : input.agencyResponse().strip(),
                currentUsers.current().name(), clock.instant());
        return change("recordChallenge", forArea(input.returnId(), input.partnership()), input.version(),
                r -> r.recordChallenge(input.partnership(), challenge));
    }

    @PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR')")
    public AuditReturn releaseFeedback(@Valid ReleaseFeedbackInput input) {
        return change("releaseFeedback", forArea(input.returnId(), input.partnership()), input.version(),
                r -> r.releaseFeedback(input.partnership(), actor(), clock.instant()));
    }

    private AuditReturn change(String action, AuditReturn auditReturn, long version, Consumer<AuditReturn> command) {
        if (auditReturn.getVersion() != version) {
            throw new OptimisticLockingFailureException("Return " + auditReturn.getId() + " is at version " + auditReturn.getVersion());
        }
        var before = snapshots.of(auditReturn);
        command.accept(auditReturn);
        auditReturn.expectVersion(version);
        AuditReturn saved = returns.save(auditReturn);
        events.publishEvent(new ReturnChanged(action, before, saved));
        return saved;
    }

    private Framework framework(AuditReturn auditReturn) {
        return frameworks.require(auditReturn.getFrameworkId(), "returnId");
    }

    /** The organisation's return, for its lead or one of its contributors. */
    private AuditReturn ownForAnswering(String returnId) {
        return reads.requireOwn(returnId, false);
    }

    private AuditReturn ownForEditing(String returnId) {
        return reads.requireOwn(returnId, true);
    }

    /** A return covering this partnership, which the caller works for. */
    private AuditReturn forArea(String returnId, String partnershipCode) {
        currentUsers.requireWorksFor(partnershipCode);
        AuditReturn auditReturn = returns.findById(returnId).filter(reads::visible)
                .orElseThrow(() -> new NotFoundException("Return", returnId));
        if (!auditReturn.covers(partnershipCode)) {
            throw new org.jointboard.common.RejectedCommand("partnership", "This return does not cover " + partnershipCode);
        }
        return auditReturn;
    }

    private Actor actor() {
        return Actor.of(currentUsers.current());
    }

}
