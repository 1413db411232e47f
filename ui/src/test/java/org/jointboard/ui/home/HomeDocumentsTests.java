package org.jointboard.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import graphql.parser.Parser;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import org.jointboard.ui.api.DocumentsMatchBackendSchemaTests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documents home builds for several partnerships at once are valid against the backend's schema, like the ones in files. */
class HomeDocumentsTests {

    @ParameterizedTest
    @CsvSource({ "1,true,true", "5,true,true", "3,true,false", "2,false,true" })
    void theBatchedQueriesAreValidForAnyNumberOfPartnerships(int partnerships, boolean returns, boolean risks) throws Exception {
        assertThat(errors(HomeClient.cyclesAndRisks(partnerships, returns, risks))).isEmpty();
        assertThat(errors(HomeClient.trackersDocument(List.of(0, 2, 4).subList(0, Math.min(3, partnerships))))).isEmpty();
    }

    private static List<ValidationError> errors(String document) throws Exception {
        return new Validator().validateDocument(DocumentsMatchBackendSchemaTests.schema(), Parser.parse(document), java.util.Locale.UK);
    }
}
