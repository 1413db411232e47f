package org.jointboard.partnership.internal;

import org.jointboard.partnership.Organisation;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface OrganisationRepository extends MongoRepository<Organisation, String> {

    boolean existsByCode(String code);

    java.util.List<Organisation> findByCodeIn(java.util.Collection<String> codes);

    boolean existsBySchoolUrnAndIdNot(String urn, String id);

    boolean existsBySchoolUrn(String urn);
}
