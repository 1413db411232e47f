package org.jointboard.assessment;

import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/** Frameworks for cycles and returns: one query per request, however many rows refer to them. */
@Component
class AssessmentBatchLoaders {

    AssessmentBatchLoaders(BatchLoaderRegistry registry, FrameworkService frameworks) {
        registry.forTypePair(String.class, Framework.class)
                .registerMappedBatchLoader((ids, environment) -> Mono.fromCallable(() -> frameworks.byIds(ids)));
    }
}
