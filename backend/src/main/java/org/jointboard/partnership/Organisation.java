package org.jointboard.partnership;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jointboard.audit.AuditedRecord;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An agency or a school. One organisation can serve several partnerships (West Midlands Police serves
 * seven areas), so it lists the partnership codes it serves.
 */
@Document("organisations")
@CompoundIndexes({
        @CompoundIndex(name = "by_partnership_and_name", def = "{'partnershipCodes': 1, 'sortName': 1, '_id': 1}"),
        @CompoundIndex(name = "by_urn", def = "{'school.urn': 1}"),
        @CompoundIndex(name = "by_partnership_and_name_words", def = "{'partnershipCodes': 1, 'nameWords': 1}") })
public class Organisation implements AuditedRecord {

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed(unique = true)
    private String code;
    private String name;
    /** Lower-case name, so lists sort as people expect. */
    private String sortName;
    /** The name's words, for search (see {@link org.jointboard.common.NameSearch}). */
    private List<String> nameWords = List.of();
    private OrganisationKind kind;
    private School school;
    private List<String> partnershipCodes = List.of();
    @CreatedDate
    private Instant createdAt;
    @LastModifiedDate
    private Instant updatedAt;

    protected Organisation() {
    }

    Organisation(String code, OrganisationDetails details) {
        this.code = code;
        change(details);
    }

    void change(OrganisationDetails details) {
        this.name = details.name();
        this.sortName = details.name().toLowerCase(java.util.Locale.UK);
        this.nameWords = org.jointboard.common.NameSearch.words(details.name());
        this.kind = details.kind();
        this.school = details.school();
        this.partnershipCodes = List.copyOf(new TreeSet<>(details.partnershipCodes()));
    }

    void expectVersion(long version) {
        this.version = version;
    }

    public boolean serves(String partnershipCode) {
        return partnershipCodes.contains(partnershipCode);
    }

    public String getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public School getSchool() {
        return school;
    }

    public List<String> getPartnershipCodes() {
        return partnershipCodes;
    }

    public Set<String> partnershipCodeSet() {
        return Set.copyOf(partnershipCodes);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
