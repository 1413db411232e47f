package org.jointboard.partnership;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Data loaders other features use to show people and organisations: each request loads all it needs of
 * them in one query per kind, however many rows refer to them.
 */
@Component
class PartnershipBatchLoaders {

    PartnershipBatchLoaders(BatchLoaderRegistry registry, PersonService people, OrganisationService organisations) {
        registry.forTypePair(String.class, Person.class)
                .registerMappedBatchLoader((ids, environment) -> Mono.fromCallable(() -> people.byIds(ids)));
        registry.forTypePair(String.class, Organisation.class)
                .registerMappedBatchLoader((codes, environment) -> Mono.fromCallable(() -> organisations.byCodes(codes)));
    }
}
