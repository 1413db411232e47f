package org.jointboard.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every document the ui sends is valid against the backend's schema files, so the two cannot drift apart. */
public class DocumentsMatchBackendSchemaTests {

    static final Path SCHEMA = Path.of("../backend/src/main/resources/graphql");
    static final Path DOCUMENTS = Path.of("src/main/resources/graphql-documents");

    static Stream<Path> documents() throws IOException {
        return Files.list(DOCUMENTS).filter(p -> p.toString().endsWith(".graphql")).sorted();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void isValidAgainstTheBackendSchema(Path document) throws IOException {
        List<ValidationError> errors = new Validator().validateDocument(schema(), Parser.parse(Files.readString(document)),
                java.util.Locale.UK);
        assertThat(errors).as(document.getFileName().toString()).isEmpty();
    }

    public static GraphQLSchema schema() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        try (Stream<Path> files = Files.list(SCHEMA)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".graphqls")).sorted().toList()) {
                registry.merge(new SchemaParser().parse(Files.readString(file)));
            }
        }
        return new SchemaGenerator().makeExecutableSchema(registry,
                RuntimeWiring.newRuntimeWiring().wiringFactory(new graphql.schema.idl.MockedWiringFactory()).build());
    }
}
