package org.jointboard.committee.internal;

import java.util.Collection;
import java.util.List;

import org.jointboard.committee.Committee;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface CommitteeRepository extends MongoRepository<Committee, String> {

    List<Committee> findByPartnershipCodesIn(Collection<String> partnershipCodes);
}
