package org.jointboard.config;

import com.mongodb.WriteConcern;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On a real MongoDB (a {@code MONGODB_URI} is set), a write is acknowledged only once a majority of the replica set
 * has it in its journal, and a write interrupted by a fail-over is retried once by the driver: what a client was told
 * is saved stays saved through {@code kill -9} or the loss of the primary. Set here, not left to the URI, so a URI
 * cannot weaken it. (The embedded store gives the same promise by syncing before it replies: {@link DurableH2Backend}.)
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.mongodb.uri:}'.isBlank()")
public class RealMongoWriteSafety {

    @Bean
    MongoClientSettingsBuilderCustomizer majorityJournaledWrites() {
        return settings -> settings.writeConcern(WriteConcern.MAJORITY.withJournal(true)).retryWrites(true);
    }
}
