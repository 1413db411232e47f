package org.jointboard.partnership.internal;

import org.jointboard.partnership.Partnership;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface PartnershipRepository extends MongoRepository<Partnership, String> {
}
