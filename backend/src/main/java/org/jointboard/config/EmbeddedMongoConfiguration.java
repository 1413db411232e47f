package org.jointboard.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an in-process MongoDB-wire-protocol server when no MongoDB URI is configured, so the real
 * driver and the same Spring Data code run everywhere. With {@code MONGODB_URI} set, nothing here starts
 * and Boot connects to that MongoDB instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mongodb.uri:}'.isBlank()")
@EnableConfigurationProperties(EmbeddedStoreProperties.class)
public class EmbeddedMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(EmbeddedStoreProperties properties) {
        MongoServer server = new MongoServer(backend(properties));
        server.bind("127.0.0.1", properties.port());
        log.info("Embedded MongoDB-wire-protocol server ({}) on {}", describe(properties), server.getLocalAddress());
        return server;
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer server, EmbeddedStoreProperties properties) {
        InetSocketAddress address = server.getLocalAddress();
        var uri = new ConnectionString("mongodb://127.0.0.1:%d/%s".formatted(address.getPort(), properties.database()));
        return () -> uri;
    }

    private static MongoBackend backend(EmbeddedStoreProperties properties) {
        if (properties.mode() == EmbeddedStoreProperties.Mode.MEMORY) {
            return new IndexedMemoryBackend();
        }
        try {
            Files.createDirectories(properties.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + properties.dataDir().toAbsolutePath(), e);
        }
        return new DurableH2Backend(properties.storeFile().toAbsolutePath().toString());
    }

    private static String describe(EmbeddedStoreProperties properties) {
        return properties.mode() == EmbeddedStoreProperties.Mode.MEMORY
                ? "in memory"
                : "file " + properties.storeFile().toAbsolutePath();
    }
}
