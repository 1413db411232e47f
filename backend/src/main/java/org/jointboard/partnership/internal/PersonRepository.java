package org.jointboard.partnership.internal;

import java.util.List;

import org.jointboard.partnership.Person;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface PersonRepository extends MongoRepository<Person, String> {

    List<Person> findByUsername(String username);

    List<Person> findByOrganisationCodeAndUsernameNotNullOrderBySortName(String organisationCode);
}
