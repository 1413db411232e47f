package org.jointboard.partnership;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.jointboard.audit.DataSubject;
import org.jointboard.audit.PersonalDataHolder;
import org.jointboard.audit.Snapshots;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/** Tells retention and subject access who a person id names, and gives the person's own record for the export. */
@Component
class PeopleRegister implements PersonalDataHolder.People, PersonalDataHolder {

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
}
