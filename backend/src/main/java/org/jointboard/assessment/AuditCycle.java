package org.jointboard.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jointboard.audit.AuditedRecord;
import org.jointboard.common.RejectedCommand;
import org.jointboard.partnership.OrganisationKind;
import org.jointboard.partnership.SchoolPhase;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A round of an audit: which framework edition, for which partnerships, when it opens and is due, and which
 * organisations are in scope (by kind, or picked). Issuing it creates one return per organisation in scope.
 * Several partnerships may run one cycle together, so an organisation serving them all answers once.
 */
@Document("auditCycles")
@CompoundIndex(name = "by_partnership", def = "{'partnershipCodes': 1, 'dueOn': -1}")
public class AuditCycle implements AuditedRecord {

    public enum Status { PLANNED, OPEN, CLOSED }

    @Id
    private String id;
    @Version
    private Long version;
    private String title;
    private String period;
    private String frameworkId;
    private String frameworkCode;
    private int frameworkEdition;
    private List<String> partnershipCodes;
    private LocalDate opensOn;
    private LocalDate dueOn;
    private Set<OrganisationKind> organisationKinds;
    private Set<String> organisationCodes;
    /** Schools' cycles may be for some phases only; empty means every phase. */
    private Set<SchoolPhase> schoolPhases = Set.of();
    private Status status = Status.PLANNED;
    private Instant issuedAt;
    private String issuedBy;
    private int returnCount;

    /** Demo records get ids other features' demo data can name. */
    void identify(String demoId) {
        this.id = demoId;
    }

    protected AuditCycle() {
    }

    AuditCycle(CycleDetails details, Framework framework) {
        if (!framework.isPublished()) {
            throw new RejectedCommand("frameworkId", "Publish the framework before issuing a cycle on it");
        }
        if (!details.dueOn().isAfter(details.opensOn())) {
            throw new RejectedCommand("dueOn", "The deadline must be after the date the cycle opens");
        }
        if (details.organisationKinds().isEmpty() && details.organisationCodes().isEmpty()) {
            throw new RejectedCommand("organisationKinds", "Choose the kinds of organisation in scope, or pick organisations");
        }
        this.title = details.title();
        this.period = details.period();
        this.frameworkId = framework.getId();
        this.frameworkCode = framework.getCode();
        this.frameworkEdition = framework.getEdition();
        this.partnershipCodes = details.partnershipCodes().stream().sorted().toList();
        this.opensOn = details.opensOn();
        this.dueOn = details.dueOn();
        this.organisationKinds = Set.copyOf(details.organisationKinds());
        this.organisationCodes = Set.copyOf(details.organisationCodes());
        this.schoolPhases = details.schoolPhases() == null ? Set.of() : Set.copyOf(details.schoolPhases());
    }

    void issued(int returns, Instant at, String by) {
        this.status = Status.OPEN;
        this.returnCount = returns;
        this.issuedAt = at;
        this.issuedBy = by;
    }

    void requirePlanned() {
        if (status != Status.PLANNED) {
            throw new RejectedCommand("id", "This cycle was issued on " + issuedAt + "; it cannot be issued again");
        }
    }

    void expectVersion(long version) {
        this.version = version;
    }

    public record CycleDetails(String title, String period, Set<String> partnershipCodes, LocalDate opensOn, LocalDate dueOn,
            Set<OrganisationKind> organisationKinds, Set<String> organisationCodes, Set<SchoolPhase> schoolPhases) {
    }

    /** Whether an organisation of the cycle's kinds is in its scope: any non-school, or a school of one of its phases. */
    public boolean inPhase(org.jointboard.partnership.Organisation organisation) {
        return schoolPhases == null || schoolPhases.isEmpty() || organisation.getSchool() == null
                || schoolPhases.contains(organisation.getSchool().phase());
    }

    public String getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getPeriod() {
        return period;
    }

    public String getFrameworkId() {
        return frameworkId;
    }

    public String getFrameworkCode() {
        return frameworkCode;
    }

    public int getFrameworkEdition() {
        return frameworkEdition;
    }

    public List<String> getPartnershipCodes() {
        return partnershipCodes;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Set<OrganisationKind> getOrganisationKinds() {
        return organisationKinds;
    }

    public Set<String> getOrganisationCodes() {
        return organisationCodes;
    }

    public Set<SchoolPhase> getSchoolPhases() {
        return schoolPhases == null ? Set.of() : schoolPhases;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public int getReturnCount() {
        return returnCount;
    }
}
