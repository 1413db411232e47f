package org.jointboard.assessment;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.jointboard.assessment.AssessmentInputs.AcceptReturnInput;
import org.jointboard.assessment.AssessmentInputs.CreateAuditCycleInput;
import org.jointboard.assessment.AssessmentInputs.CreateFrameworkInput;
import org.jointboard.assessment.AssessmentInputs.IssueAuditCycleInput;
import org.jointboard.assessment.AssessmentInputs.ModerateRatingsInput;
import org.jointboard.assessment.AssessmentInputs.PublishFrameworkInput;
import org.jointboard.assessment.AssessmentInputs.RecordChallengeInput;
import org.jointboard.assessment.AssessmentInputs.ReleaseFeedbackInput;
import org.jointboard.assessment.AssessmentInputs.ReopenReturnInput;
import org.jointboard.assessment.AssessmentInputs.ReturnFilter;
import org.jointboard.assessment.AssessmentInputs.ReturnForChangesInput;
import org.jointboard.assessment.AssessmentInputs.SaveAnswersInput;
import org.jointboard.assessment.AssessmentInputs.SubmitReturnInput;
import org.jointboard.assessment.AssessmentInputs.UpdateFrameworkInput;
import org.jointboard.assessment.AuditReturns.AreaReviewView;
import org.jointboard.partnership.Organisation;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class AssessmentGraphQlController {

    private final FrameworkService frameworks;
    private final AuditCycleService cycles;
    private final AuditReturnService returns;
    private final AuditReturns reads;

    AssessmentGraphQlController(FrameworkService frameworks, AuditCycleService cycles, AuditReturnService returns, AuditReturns reads) {
        this.frameworks = frameworks;
        this.cycles = cycles;
        this.returns = returns;
        this.reads = reads;
    }

    record CreateFrameworkPayload(Framework framework) { }
    record UpdateFrameworkPayload(Framework framework) { }
    record PublishFrameworkPayload(Framework framework) { }
    record CreateAuditCyclePayload(AuditCycle cycle) { }
    record IssueAuditCyclePayload(AuditCycle cycle) { }
    record ReturnPayload(AuditReturn auditReturn) { }

    @QueryMapping
    List<Framework> frameworks(@Argument String code) {
        return frameworks.list(code);
    }

    @QueryMapping
    Framework framework(@Argument String id) {
        return frameworks.find(id);
    }

    @QueryMapping
    List<AuditCycle> auditCycles(@Argument String partnership) {
        return cycles.ofPartnership(partnership);
    }

    @QueryMapping
    AuditCycle auditCycle(@Argument String id) {
        return cycles.find(id);
    }

    @QueryMapping
    List<AuditReturn> myReturns() {
        return reads.mine();
    }

    @QueryMapping
    AuditReturn auditReturn(@Argument String id) {
        return reads.find(id);
    }

    /** The fields of a return list's rows served from {@link AuditReturns#LIST_FIELDS} alone. */
    private static final java.util.Set<String> LIST_NODE_FIELDS = java.util.Set.of("__typename", "id", "version", "cycleTitle", "period",
            "organisationName", "organisationCode", "state", "overdue", "dueOn", "requiredAnswered", "requiredCount", "reviews", "organisation",
            "framework");

    @QueryMapping
    Window<AuditReturn> cycleReturns(@Argument String cycle, @Argument String partnership, @Argument ReturnFilter filter,
            ScrollSubrange subrange, graphql.schema.DataFetchingFieldSelectionSet selection) {
        boolean listFieldsOnly = selection.getFields("edges/node/*").stream().allMatch(field -> LIST_NODE_FIELDS.contains(field.getName()))
               ;
        return reads.ofCycle(cycle, partnership, filter, subrange, listFieldsOnly);
    }

    @MutationMapping
    CreateFrameworkPayload createFramework(@Argument CreateFrameworkInput input) {
        return new CreateFrameworkPayload(frameworks.create(input));
    }

    @MutationMapping
    UpdateFrameworkPayload updateFramework(@Argument UpdateFrameworkInput input) {
        return new UpdateFrameworkPayload(frameworks.update(input));
    }

    @MutationMapping
    PublishFrameworkPayload publishFramework(@Argument PublishFrameworkInput input) {
        return new PublishFrameworkPayload(frameworks.publish(input));
    }

    @MutationMapping
    CreateAuditCyclePayload createAuditCycle(@Argument CreateAuditCycleInput input) {
        return new CreateAuditCyclePayload(cycles.create(input));
    }

    @MutationMapping
    IssueAuditCyclePayload issueAuditCycle(@Argument IssueAuditCycleInput input) {
        return new IssueAuditCyclePayload(cycles.issue(input));
    }

    @MutationMapping
    ReturnPayload saveAnswers(@Argument SaveAnswersInput input) {
        return new ReturnPayload(returns.saveAnswers(input));
    }

    @MutationMapping
    ReturnPayload assignSection(@Argument AssessmentInputs.AssignSectionInput input) {
        return new ReturnPayload(returns.assignSection(input));
    }

    record Colleague(String username, String name, String jobTitle) { }

    @SchemaMapping(typeName = "AuditReturn")
    List<Colleague> assignableColleagues(AuditReturn auditReturn) {
        return reads.permissions(auditReturn).canAssign() ? returns.assignable(auditReturn).stream()
                .map(p -> new Colleague(p.getUsername(), p.getName(), p.getJobTitle())).toList() : List.of();
    }

    @MutationMapping
    ReturnPayload startReturnBlank(@Argument AssessmentInputs.StartReturnBlankInput input) {
        return new ReturnPayload(returns.startBlank(input));
    }

    @MutationMapping
    ReturnPayload submitReturn(@Argument SubmitReturnInput input) {
        return new ReturnPayload(returns.submit(input));
    }

    @MutationMapping
    ReturnPayload signOffReturn(@Argument AssessmentInputs.SignOffReturnInput input) {
        return new ReturnPayload(returns.signOff(input));
    }

    @MutationMapping
    ReturnPayload returnForChanges(@Argument ReturnForChangesInput input) {
        return new ReturnPayload(returns.returnForChanges(input));
    }

    @MutationMapping
    ReturnPayload acceptReturn(@Argument AcceptReturnInput input) {
        return new ReturnPayload(returns.accept(input));
    }

    @MutationMapping
    ReturnPayload reopenReturn(@Argument ReopenReturnInput input) {
        return new ReturnPayload(returns.reopen(input));
    }

    @MutationMapping
    ReturnPayload moderateRatings(@Argument ModerateRatingsInput input) {
        return new ReturnPayload(returns.moderate(input));
    }

    @MutationMapping
    ReturnPayload recordChallenge(@Argument RecordChallengeInput input) {
        return new ReturnPayload(returns.recordChallenge(input));
    }

    @MutationMapping
    ReturnPayload releaseFeedback(@Argument ReleaseFeedbackInput input) {
        return new ReturnPayload(returns.releaseFeedback(input));
    }

    @SchemaMapping(typeName = "AuditCycle")
    CompletableFuture<Framework> framework(AuditCycle cycle, DataLoader<String, Framework> loader) {
        return loader.load(cycle.getFrameworkId());
    }

    @SchemaMapping(typeName = "AuditReturn")
    CompletableFuture<Framework> framework(AuditReturn auditReturn, DataLoader<String, Framework> loader) {
        return loader.load(auditReturn.getFrameworkId());
    }

    @SchemaMapping(typeName = "AuditReturn")
    CompletableFuture<List<FrameworkSection>> sections(AuditReturn auditReturn, DataLoader<String, Framework> loader) {
        return loader.load(auditReturn.getFrameworkId()).thenApply(framework -> framework.getSections().stream()
                .map(section -> new FrameworkSection(section.code(), section.title(), section.guidance(), section.standards().stream()
                        .map(standard -> new Standard(standard.code(), standard.title(), standard.guidance(), standard.questions().stream()
                                .filter(q -> q.appliesTo(auditReturn.getServes(), auditReturn.getEstablishmentType())).toList()))
                        .toList()))
                .toList());
    }

    @SchemaMapping(typeName = "AuditReturn")
    CompletableFuture<Organisation> organisation(AuditReturn auditReturn, DataLoader<String, Organisation> loader) {
        return loader.load(auditReturn.getOrganisationCode());
    }

    @SchemaMapping(typeName = "AuditReturn")
    boolean overdue(AuditReturn auditReturn) {
        return auditReturn.isOverdue(reads.today());
    }

    @SchemaMapping(typeName = "AuditReturn")
    List<Answer> answers(AuditReturn auditReturn) {
        return auditReturn.getAnswers().stream().map(a -> a.withAddenda(reads.addenda(auditReturn, a))).toList();
    }

    @SchemaMapping(typeName = "AuditReturn")
    List<ReturnEvent> events(AuditReturn auditReturn) {
        return reads.events(auditReturn);
    }

    @SchemaMapping(typeName = "AuditReturn")
    List<AreaReviewView> reviews(AuditReturn auditReturn) {
        return reads.reviews(auditReturn);
    }

    @SchemaMapping(typeName = "AuditReturn")
    ReturnPermissions permissions(AuditReturn auditReturn) {
        return reads.permissions(auditReturn);
    }
}
