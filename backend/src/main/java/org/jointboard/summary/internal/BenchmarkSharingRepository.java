package org.jointboard.summary.internal;

import java.util.List;

import org.jointboard.summary.BenchmarkSharing;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface BenchmarkSharingRepository extends MongoRepository<BenchmarkSharing, String> {

    List<BenchmarkSharing> findBySharedTrue();
}
