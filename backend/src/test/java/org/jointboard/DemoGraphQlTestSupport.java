package org.jointboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.jointboard.support.StoreSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Per-role GraphQL testers over real HTTP on the demo data (the class enables it): each test starts from the demo as
 * loaded and leaves it so. {@link GraphQlTestSupport} is the twin for tests that build their own data in an empty store.
 */
public abstract class DemoGraphQlTestSupport {

    @LocalServerPort
    protected int port;
    @Autowired
    protected MongoTemplate mongo;

    private StoreSnapshot demo;

    @BeforeEach
    void keepTheDemo() {
        demo = StoreSnapshot.of(mongo);
    }

    @AfterEach
    void restoreTheDemo() {
        demo.restore();
    }

    protected HttpGraphQlTester as(String token) {
        return HttpGraphQlTester.builder(WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql"))
                .header("Authorization", "Bearer " + token).build();
    }

    protected static void assertError(GraphQlTester.Response response, String classification) {
        response.errors().satisfy(errors -> assertThat(errors).singleElement()
                .extracting(error -> error.getErrorType().toString()).isEqualTo(classification));
    }

    protected static void assertBadRequest(GraphQlTester.Response response, String field) {
        response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(error.getExtensions()).containsEntry("field", field);
        }));
    }
}
