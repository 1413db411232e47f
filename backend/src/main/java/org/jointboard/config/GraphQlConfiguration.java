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

    /**
     * With virtual threads on, Boot hands every controller method to the task executor, so a list of 50 rows with two
     * computed fields each made 100 virtual threads and futures per request (profiled: about a third of a risk
     * register request). Only the root fields and the batch loads go there. A nested field runs where its parent's
     * data is (a virtual thread already, so one that reads the store may block), with the same security context
     * (Spring GraphQL restores it around every data fetcher).
     */
    @Bean
    static org.springframework.beans.factory.config.BeanPostProcessor onlyStoreReadsOnTheExecutor() {
        return new org.springframework.beans.factory.config.BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer configurer) {
                    configurer.setBlockingMethodPredicate(GraphQlConfiguration::readsTheStore);
                }
                return bean;
            }
        };
    }

    static boolean readsTheStore(org.springframework.graphql.data.method.HandlerMethod method) {
        var schemaMapping = org.springframework.core.annotation.AnnotatedElementUtils.findMergedAnnotation(method.getMethod(),
                org.springframework.graphql.data.method.annotation.SchemaMapping.class);
        return method.hasMethodAnnotation(org.springframework.graphql.data.method.annotation.BatchMapping.class)
                || schemaMapping != null && (schemaMapping.typeName().equals("Query") || schemaMapping.typeName().equals("Mutation"));
    }


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
