package org.jointboard.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jointboard.audit.AuditedRecord;
import org.jointboard.common.RejectedCommand;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One action of a plan: what is to be done, who leads it, which body owns it, by when, and its progress. Filed under
 * the partnerships it concerns (its plan's; for an organisation's improvement action, each partnership its return
 * covers), so every board reading the action finds it in its own lists.
 */
@Document("actions")
@CompoundIndexes({
        @CompoundIndex(name = "plan", def = "{'planId': 1, 'itemCode': 1, 'reference': 1}"),
        @CompoundIndex(name = "due", def = "{'partnershipCodes': 1, 'dueOn': 1, 'reference': 1}"),
        @CompoundIndex(name = "lead", def = "{'leadPersonId': 1, 'dueOn': 1}"),
        @CompoundIndex(name = "risk", def = "{'riskId': 1}"),
        @CompoundIndex(name = "return", def = "{'source.returnId': 1}"),
        @CompoundIndex(name = "organisation", def = "{'source.organisationCode': 1, 'dueOn': 1}") })
public class Action implements AuditedRecord {

    public enum Status { NOT_STARTED, ON_TRACK, AT_RISK, OFF_TRACK, COMPLETE, CLOSED_NOT_DONE }

    static final Set<Status> CLOSED = Set.of(Status.COMPLETE, Status.CLOSED_NOT_DONE);

    @Id
    private String id;
    @Version
    private Long version;
    private String planId;
    private List<String> partnershipCodes = List.of();
    private String reference;
    private String itemCode;
    private String title;
    private String description;
    private String leadPersonId;
    private String leadName;
    private String leadOrganisationCode;
    private String owningBodyId;
    private LocalDate startOn;
    private LocalDate dueOn;
    private String reportBackMeetingId;
    private LocalDate reportBackOn;
    private String expectedOutcome;
    private String evidenceOfImpact;
    private Status status = Status.NOT_STARTED;
    private String closedReason;
    private LocalDate raisedOn;
    private LocalDate lastUpdateOn;
    private RagOverride ragOverride;
    private ActionSource source;
    private String riskId;
    private List<ProgressUpdate> progress = new ArrayList<>();

    protected Action() {
    }

    Action(String planId, List<String> partnershipCodes, String reference, LocalDate raisedOn, ActionSource source) {
        this.planId = planId;
        this.partnershipCodes = List.copyOf(partnershipCodes);
        this.reference = reference;
        this.raisedOn = raisedOn;
        this.source = source;
    }

    /** What the action is, who leads it and when; checked together. */
    record ActionDetails(String itemCode, String title, String description, String leadPersonId, String leadName,
            String leadOrganisationCode, String owningBodyId, LocalDate startOn, LocalDate dueOn, String reportBackMeetingId,
            LocalDate reportBackOn, String expectedOutcome, String riskId) {
    }

    void describe(ActionDetails d) {
        if (d.startOn() != null && d.dueOn().isBefore(d.startOn())) {
            throw new RejectedCommand("action.dueOn", "The due date is before the start date: make it the same day or later");
        }
        this.itemCode = d.itemCode();
        this.title = d.title();
        this.description = d.description();
        this.leadPersonId = d.leadPersonId();
        this.leadName = d.leadName();
        this.leadOrganisationCode = d.leadOrganisationCode();
        this.owningBodyId = d.owningBodyId();
        this.startOn = d.startOn();
        this.dueOn = d.dueOn();
        this.reportBackMeetingId = d.reportBackMeetingId();
        this.reportBackOn = d.reportBackOn();
        this.expectedOutcome = d.expectedOutcome();
        this.riskId = d.riskId();
    }

    /**
     * Records an update. Closing without completing needs a reason; a closed action takes no more updates; completing
     * or closing clears a hand-set RAG, which no longer means anything.
     */
    void record(ProgressUpdate update, String reason, String evidence) {
        if (isClosed()) {
            throw new RejectedCommand("actionId", "This action is closed (" + label(status) + "): it takes no more updates");
        }
        if (update.on().isBefore(raisedOn)) {
            throw new RejectedCommand("date", "An update cannot be dated before the action was raised (" + raisedOn + ")");
        }
        if (update.status() == Status.CLOSED_NOT_DONE && (reason == null || reason.isBlank())) {
            throw new RejectedCommand("closedReason", "Say why the action is being closed without being done");
        }
        progress.add(update);
        status = update.status();
        lastUpdateOn = lastUpdateOn == null || update.on().isAfter(lastUpdateOn) ? update.on() : lastUpdateOn;
        closedReason = status == Status.CLOSED_NOT_DONE ? reason.strip() : null;
        if (evidence != null && !evidence.isBlank()) {
            evidenceOfImpact = evidence.strip();
        }
        if (isClosed()) {
            ragOverride = null;
        }
    }

    void override(RagOverride override) {
        if (isClosed()) {
            throw new RejectedCommand("actionId", "This action is closed: its RAG is no longer set by hand");
        }
        if (override != null && override.rag() == ActionRag.CLOSED) {
            throw new RejectedCommand("rag", "Choose red, amber or green; close an action by recording an update");
        }
        if (override != null && (override.reason() == null || override.reason().isBlank())) {
            throw new RejectedCommand("reason", "Say why the RAG is set by hand: the reason is shown next to it");
        }
        this.ragOverride = override;
    }


    public boolean isClosed() {
        return CLOSED.contains(status);
    }

    static String label(Status status) {
        return switch (status) {
            case NOT_STARTED -> "not started";
            case ON_TRACK -> "on track";
            case AT_RISK -> "at risk";
            case OFF_TRACK -> "off track";
            case COMPLETE -> "complete";
            case CLOSED_NOT_DONE -> "closed, not done";
        };
    }


    @Override
    public String getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    void expectVersion(long expected) {
        this.version = expected;
    }

    public String getPlanId() {
        return planId;
    }

    @Override
    public List<String> getPartnershipCodes() {
        return partnershipCodes;
    }

    public String getReference() {
        return reference;
    }

    public String getItemCode() {
        return itemCode;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getLeadPersonId() {
        return leadPersonId;
    }

    public String getLeadName() {
        return leadName;
    }

    public String getLeadOrganisationCode() {
        return leadOrganisationCode;
    }

    public String getOwningBodyId() {
        return owningBodyId;
    }

    public LocalDate getStartOn() {
        return startOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getReportBackMeetingId() {
        return reportBackMeetingId;
    }

    public LocalDate getReportBackOn() {
        return reportBackOn;
    }

    public String getExpectedOutcome() {
        return expectedOutcome;
    }

    public String getEvidenceOfImpact() {
        return evidenceOfImpact;
    }

    public Status getStatus() {
        return status;
    }

    public String getClosedReason() {
        return closedReason;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public LocalDate getLastUpdateOn() {
        return lastUpdateOn;
    }

    public RagOverride getRagOverride() {
        return ragOverride;
    }

    public ActionSource getSource() {
        return source;
    }

    public String getRiskId() {
        return riskId;
    }

    public List<ProgressUpdate> getProgress() {
        return List.copyOf(progress);
    }
}
