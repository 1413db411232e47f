package org.jointboard.assessment.internal;

import java.util.List;

import org.jointboard.assessment.AuditReturn;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface AuditReturnRepository extends MongoRepository<AuditReturn, String> {

    List<AuditReturn> findByOrganisationCodeOrderByDueOnDesc(String organisationCode);

    boolean existsByCycleIdAndOrganisationCode(String cycleId, String organisationCode);
}
