package org.jointboard.risk.internal;

import org.jointboard.risk.RiskSettings;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface RiskSettingsRepository extends MongoRepository<RiskSettings, String> {
}
