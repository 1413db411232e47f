package org.jointboard.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jointboard.audit.AuditedRecord;
import org.jointboard.partnership.Serves;
import org.jointboard.common.RejectedCommand;
import org.jointboard.partnership.BoardKind;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A governance body: a board, the executive group, a committee, sub-group, panel, task-and-finish group or
 * forum. Its memberships are embedded (tens, not thousands), so the rules about them hold in one document.
 */
@Document("committees")
@CompoundIndex(name = "by_partnership", def = "{'partnershipCodes': 1, 'name': 1}")
public class Committee implements AuditedRecord {

    @Id
    private String id;
    @Version
    private Long version;
    private List<String> partnershipCodes = List.of();
    private BodyKind kind;
    /** Only for boards: which board of the partnership this is. */
    private BoardKind boardKind;
    private String name;
    private String remit;
    private Serves serves;
    private TermsOfReference termsOfReference;
    private String reportsToId;
    private List<ExternalLink> links = List.of();
    private List<Membership> memberships = new ArrayList<>();

    protected Committee() {
    }

    Committee(CommitteeDetails details) {
        change(details);
    }

    Committee(String id, CommitteeDetails details) {
        this.id = id;
        change(details);
    }

    void change(CommitteeDetails details) {
        this.partnershipCodes = List.copyOf(new java.util.TreeSet<>(details.partnershipCodes()));
        this.kind = details.kind();
        this.boardKind = details.boardKind();
        this.name = details.name();
        this.remit = details.remit();
        this.serves = details.serves();
        this.termsOfReference = details.termsOfReference();
        this.reportsToId = details.reportsToId();
        this.links = List.copyOf(details.links());
    }

    void expectVersion(long version) {
        this.version = version;
    }

    /**
     * Adds a seat. A person holds one seat on a body at a time, and a body has one chair (and one
     * vice-chair) at a time.
     */
    Membership addMembership(String personId, MembershipRole role, String organisationCode, LocalDate start, LocalDate end) {
        if (end != null && end.isBefore(start)) {
            throw new RejectedCommand("endDate", "The end date is before the start date");
        }
        for (Membership existing : memberships) {
            if (existing.personId().equals(personId) && existing.overlaps(start, end)) {
                throw new RejectedCommand("personId", "This person is already a member for some of these dates");
            }
            if ((role == MembershipRole.CHAIR || role == MembershipRole.VICE_CHAIR) && existing.role() == role
                    && existing.overlaps(start, end)) {
                throw new RejectedCommand("role", "This body already has a " + (role == MembershipRole.CHAIR ? "chair" : "vice-chair")
                        + " for some of these dates: end that membership first");
            }
        }
        var membership = new Membership(UUID.randomUUID().toString(), personId, role, organisationCode, start, end);
        memberships.add(membership);
        return membership;
    }

    void endMembership(String membershipId, LocalDate endDate) {
        Membership membership = membership(membershipId)
                .orElseThrow(() -> new RejectedCommand("membershipId", "There is no such membership on this body"));
        if (endDate.isBefore(membership.startDate())) {
            throw new RejectedCommand("endDate", "The end date is before the start date");
        }
        memberships.set(memberships.indexOf(membership), membership.endingOn(endDate));
    }

    public Optional<Membership> membership(String membershipId) {
        return memberships.stream().filter(m -> m.id().equals(membershipId)).findFirst();
    }

    public List<Membership> membersOn(LocalDate date) {
        return memberships.stream().filter(m -> m.activeOn(date)).toList();
    }

    public Optional<Membership> holderOn(MembershipRole role, LocalDate date) {
        return memberships.stream().filter(m -> m.role() == role && m.activeOn(date)).findFirst();
    }

    public String getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public List<String> getPartnershipCodes() {
        return partnershipCodes;
    }

    public BodyKind getKind() {
        return kind;
    }

    public BoardKind getBoardKind() {
        return boardKind;
    }

    public String getName() {
        return name;
    }

    public String getRemit() {
        return remit;
    }

    public Serves getServes() {
        return serves;
    }

    public TermsOfReference getTermsOfReference() {
        return termsOfReference;
    }

    public String getReportsToId() {
        return reportsToId;
    }

    public List<ExternalLink> getLinks() {
        return links;
    }

    public List<Membership> getMemberships() {
        return List.copyOf(memberships);
    }
}
