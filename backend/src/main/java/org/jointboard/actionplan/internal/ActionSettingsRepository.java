package org.jointboard.actionplan.internal;

import org.jointboard.actionplan.ActionSettings;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ActionSettingsRepository extends MongoRepository<ActionSettings, String> {
}
