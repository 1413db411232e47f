package org.jointboard.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The default store keeps its data in a file: what one run wrote, the next run reads. */
class EmbeddedStoreRestartTests {

    @TempDir
    Path dataDir;

    private ApplicationContextRunner backendStore(String mode) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class, DataMongoAutoConfiguration.class))
                .withUserConfiguration(EmbeddedMongoConfiguration.class)
                .withPropertyValues("jointboard.store.embedded.mode=" + mode, "jointboard.store.embedded.data-dir=" + dataDir);
    }

    @Test
    void dataWrittenInFileModeSurvivesARestart() {
        backendStore("file").run(context -> context.getBean(MongoTemplate.class)
                .insert(new Document("code", "wolverhampton"), "partnerships"));

        backendStore("file").run(context -> assertThat(context.getBean(MongoTemplate.class)
                .findAll(Document.class, "partnerships")).extracting(d -> d.getString("code")).containsExactly("wolverhampton"));
        assertThat(dataDir.resolve("jointboard-store.mv")).exists();
    }

    @Test
    void memoryModeStartsEmptyEveryTime() {
        backendStore("memory").run(context -> context.getBean(MongoTemplate.class)
                .insert(new Document("code", "wolverhampton"), "partnerships"));

        backendStore("memory").run(context -> assertThat(context.getBean(MongoTemplate.class)
                .findAll(Document.class, "partnerships")).isEmpty());
    }

    @Test
    void aRealMongoDbIsWrittenWithMajorityJournaledRetryableWrites() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class))
                .withUserConfiguration(EmbeddedMongoConfiguration.class, RealMongoWriteSafety.class)
                .withPropertyValues("spring.mongodb.uri=mongodb://127.0.0.1:1/jointboard")
                .run(context -> {
                    var builder = com.mongodb.MongoClientSettings.builder();
                    context.getBean("majorityJournaledWrites", org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer.class)
                            .customize(builder);
                    var settings = builder.build();
                    assertThat(settings.getWriteConcern()).isEqualTo(com.mongodb.WriteConcern.MAJORITY.withJournal(true));
                    assertThat(settings.getRetryWrites()).isTrue();
                });
        backendStore("file").withUserConfiguration(RealMongoWriteSafety.class)
                .run(context -> assertThat(context).doesNotHaveBean("majorityJournaledWrites"));
    }

    @Test
    void nothingEmbeddedStartsWhenAMongoUriIsGiven() {
        backendStore("file").withPropertyValues("spring.mongodb.uri=mongodb://127.0.0.1:1/jointboard")
                .run(context -> assertThat(context).doesNotHaveBean(de.bwaldvogel.mongo.MongoServer.class));
    }
}
