package org.jointboard.assessment.internal;

import java.util.Optional;

import org.jointboard.assessment.Framework;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface FrameworkRepository extends MongoRepository<Framework, String> {

    Optional<Framework> findFirstByCodeOrderByEditionDesc(String code);
}
