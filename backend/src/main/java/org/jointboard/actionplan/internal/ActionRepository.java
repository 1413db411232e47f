package org.jointboard.actionplan.internal;

import org.jointboard.actionplan.Action;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ActionRepository extends MongoRepository<Action, String> {
}
