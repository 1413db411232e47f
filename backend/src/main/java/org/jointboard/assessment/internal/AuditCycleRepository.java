package org.jointboard.assessment.internal;

import java.util.List;

import org.jointboard.assessment.AuditCycle;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface AuditCycleRepository extends MongoRepository<AuditCycle, String> {

    List<AuditCycle> findByPartnershipCodesOrderByDueOnDesc(String partnershipCode);
}
