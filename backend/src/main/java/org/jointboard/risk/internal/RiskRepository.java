package org.jointboard.risk.internal;

import org.jointboard.risk.Risk;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface RiskRepository extends MongoRepository<Risk, String> {
}
