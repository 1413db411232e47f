package org.jointboard.partnership;

import java.util.List;
import java.util.TreeSet;

import org.jointboard.audit.AuditedRecord;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Someone who sits on a board or committee: a chair, an agency's representative, a lay member. They may
 * have a JointBoard login ({@code username}), which is how a committee chair is recognised from a token.
 */
@Document("people")
@CompoundIndexes({
        @CompoundIndex(name = "by_partnership_and_name", def = "{'partnershipCodes': 1, 'sortName': 1, '_id': 1}"),
        @CompoundIndex(name = "by_username", def = "{'username': 1}", sparse = true),
        @CompoundIndex(name = "by_partnership_and_name_words", def = "{'partnershipCodes': 1, 'nameWords': 1}") })
public class Person implements AuditedRecord {

    @Id
    private String id;
    @Version
    private Long version;
    private String name;
    private String sortName;
    /** The name's words, for search (see {@link org.jointboard.common.NameSearch}). */
    private List<String> nameWords = List.of();
    private String jobTitle;
    private String organisationCode;
    private String email;
    private String username;
    private List<String> partnershipCodes = List.of();

    protected Person() {
    }

    Person(PersonDetails details) {
        change(details);
    }

    Person(String id, PersonDetails details) {
        this.id = id;
        change(details);
    }

    void change(PersonDetails details) {
        this.name = details.name();
        this.sortName = details.name().toLowerCase(java.util.Locale.UK);
        this.nameWords = org.jointboard.common.NameSearch.words(details.name());
        this.jobTitle = details.jobTitle();
        this.organisationCode = details.organisationCode();
        this.email = details.email();
        this.username = details.username();
        this.partnershipCodes = List.copyOf(new TreeSet<>(details.partnershipCodes()));
    }

    void expectVersion(long version) {
        this.version = version;
    }

    public String getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public String getEmail() {
        return email;
    }

    public String getUsername() {
        return username;
    }

    public List<String> getPartnershipCodes() {
        return partnershipCodes;
    }
}
