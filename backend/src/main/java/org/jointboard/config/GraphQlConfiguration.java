package org.jointboard.config;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Limits that stop one request from asking for an unbounded amount of work. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    @ConfigurationProperties("jointboard.graphql")
    record QueryLimits(@DefaultValue("12") int maxDepth, @DefaultValue("500") int maxComplexity) {
    }

    @Bean
    org.springframework.graphql.execution.RuntimeWiringConfigurer scalars() {
        return wiring -> wiring.scalar(DateScalar.DATE);
    }

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(QueryLimits limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth());
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(QueryLimits limits) {
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity());
    }
}
