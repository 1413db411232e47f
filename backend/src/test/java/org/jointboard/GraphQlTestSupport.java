package org.jointboard;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Per-role GraphQL testers over real HTTP, and a clean store before each test. */
public abstract class GraphQlTestSupport {

    @LocalServerPort
    protected int port;

    @Autowired
    protected MongoTemplate mongo;

    /** Empties every collection but keeps the indexes, so unique rules still hold in each test. */
    @BeforeEach
    void cleanStore() {
        mongo.getCollectionNames().forEach(name -> mongo.getCollection(name).deleteMany(new org.bson.Document()));
    }

    protected WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(java.time.Duration.ofMinutes(1))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build();
    }

    protected HttpGraphQlTester as(String token) {
        return HttpGraphQlTester.builder(http().mutate().baseUrl("http://localhost:" + port + "/graphql"))
                .header("Authorization", "Bearer " + token)
                .build();
    }

    protected static void assertSingleError(GraphQlTester.Response response, String classification) {
        response.errors().satisfy(errors -> assertThat(errors).singleElement()
                .extracting(error -> error.getErrorType().toString()).isEqualTo(classification));
    }

    protected static void assertBadRequest(GraphQlTester.Response response, String field) {
        response.errors().satisfy(errors -> {
            assertThat(errors).singleElement().satisfies(error -> {
                assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                assertThat(error.getExtensions()).containsEntry("field", field);
                assertThat(error.getMessage()).isNotBlank();
            });
        });
    }

    protected static List<ResponseError> errors(GraphQlTester.Response response) {
        var holder = new java.util.ArrayList<ResponseError>();
        response.errors().satisfy(holder::addAll);
        return holder;
    }
}
