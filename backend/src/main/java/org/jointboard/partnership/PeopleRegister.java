package org.jointboard.partnership;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.jointboard.audit.DataSubject;
import org.jointboard.audit.PersonalDataHolder;
import org.jointboard.audit.Snapshots;
import org.jointboard.notification.Recipients;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Tells retention and subject access who a person id names (and gives the person's own record for the export), and
 * tells the reminder run how to reach a person or an organisation.
 */
@Component
class PeopleRegister implements PersonalDataHolder.People, PersonalDataHolder, Recipients {

    private final MongoOperations mongo;
    private final Snapshots snapshots;

    PeopleRegister(MongoOperations mongo, Snapshots snapshots) {
        this.mongo = mongo;
        this.snapshots = snapshots;
    }

    @Override
    public Optional<DataSubject> find(String personId) {
        return Optional.ofNullable(personId == null ? null : mongo.findById(personId, Person.class))
                .map(p -> new DataSubject(p.getId(), p.getName(), p.getUsername(), p.getEmail(), p.getOrganisationCode(), p.getPartnershipCodes()));
    }

    @Override
    public String section() {
        return "personRecord";
    }

    @Override
    public List<Document> about(DataSubject subject, Collection<String> partnershipCodes) {
        Person person = mongo.findById(subject.personId(), Person.class);
        return person == null ? List.of() : List.of(snapshots.of(person));
    }

    @Override
    public Optional<Recipient> person(String personId) {
        return Optional.ofNullable(personId == null ? null : mongo.findById(personId, Person.class)).map(p -> new Recipient(p.getName(), p.getEmail()));
    }

    /** A school's reminders go to its designated safeguarding lead from the register; an agency's to its people in the partnership. */
    @Override
    public List<Recipient> ofOrganisation(String organisationCode, String partnershipCode) {
        Organisation organisation = mongo.findOne(Query.query(Criteria.where("code").is(organisationCode)), Organisation.class);
        if (organisation != null && organisation.getSchool() != null && organisation.getSchool().dslEmail() != null) {
            School school = organisation.getSchool();
            return List.of(new Recipient(school.dslName() == null ? "Designated safeguarding lead" : school.dslName(), school.dslEmail()));
        }
        return mongo.find(Query.query(Criteria.where("organisationCode").is(organisationCode).and("partnershipCodes").is(partnershipCode)), Person.class)
                .stream().map(p -> new Recipient(p.getName(), p.getEmail())).toList();
    }

    @Override
    public Optional<Recipients.RegisteredPerson> byUsername(String username) {
        return Optional.ofNullable(username == null ? null : mongo.findOne(Query.query(Criteria.where("username").is(username)), Person.class))
                .map(p -> new Recipients.RegisteredPerson(p.getId(), p.getName(), p.getPartnershipCodes()));
    }

    @Override
    public String partnershipName(String partnershipCode) {
        Partnership partnership = mongo.findById(partnershipCode, Partnership.class);
        return partnership == null ? partnershipCode : partnership.getName();
    }
}
