package org.jointboard.config;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;

import graphql.parser.ParserOptions;
import org.jointboard.common.ContractErrorAttributes;
import org.jointboard.common.CursorArguments;
import org.jointboard.common.GraphQlRequestShape;
import org.jointboard.common.Cursors;
import org.jointboard.common.ArgumentChecks;
import org.jointboard.common.RequestBodyLimit;
import org.jointboard.common.RequestLimits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Limits that stop one request from asking for an unbounded amount of work or memory. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    @ConfigurationProperties("jointboard.graphql")
    record QueryLimits(@DefaultValue("12") int maxDepth, @DefaultValue("500") int maxComplexity) {
    }

    @Bean
    org.springframework.graphql.execution.RuntimeWiringConfigurer scalars() {
        // ID replaces graphql-java's own, which strict wiring would otherwise refuse to redefine
        return wiring -> wiring.scalar(DateScalar.DATE).strictMode(false).scalar(IdScalar.ID).strictMode(true);
    }

    @Bean
    ArgumentChecks argumentChecks(RequestLimits limits) {
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions()
                .transform(options -> options.maxCharacters(limits.maxDocumentCharacters())));
        return new ArgumentChecks(limits);
    }

    /** Before everything else, authentication included: nobody may make the backend hold an oversized body. */
    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(RequestLimits limits) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimit(limits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Opaque, typed cursors for every connection (replaces Boot's default, whose JSON names Java classes). */
    @Bean
    EncodingCursorStrategy<ScrollPosition> cursorStrategy() {
        return Cursors.strategy();
    }

    @Bean
    CursorArguments cursorArguments() {
        return new CursorArguments();
    }

    @Bean
    FilterRegistrationBean<GraphQlRequestShape> graphQlRequestShape(@org.springframework.beans.factory.annotation.Value("${spring.graphql.http.path:/graphql}") String path) {
        var registration = new FilterRegistrationBean<>(new GraphQlRequestShape(path));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Errors before GraphQL runs get the same shape and classifications as GraphQL errors. */
    @Bean
    ContractErrorAttributes errorAttributes() {
        return new ContractErrorAttributes();
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
