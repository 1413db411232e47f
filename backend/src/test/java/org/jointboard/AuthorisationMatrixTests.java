package org.jointboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.bson.Document;
import org.jointboard.support.SchemaFiles;
import org.jointboard.support.StoreSnapshot;
import org.jointboard.support.ValidArguments;
import org.jointboard.support.ValidArguments.Scope;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

/**
 * Every query and mutation of the schema (read from the schema files, so a new one is covered at once) × every role
 * × the caller's own partnership and another one, against the demo data: the outcome of each call must be the one
 * written in {@code src/test/resources/authorisation-matrix.md}. An operation without rows there fails the build
 * (the message prints the rows it found, to review and paste). Two rules are also checked in code, whatever the
 * table says: a viewer changes nothing, and nobody reads or changes another partnership's records.
 * <p>
 * Arguments are made from the schema: ids of demo records of the scope, current versions, and simple valid values
 * otherwise; a call that gets past the authorisation checks may still be refused by a business rule (BAD_REQUEST,
 * CONFLICT), which the table records as such.
 */
@BackendIntegrationTest
@TestPropertySource(properties = "jointboard.demo-data.enabled=true")
class AuthorisationMatrixTests {

    static final Path TABLE = Path.of("src/test/resources/authorisation-matrix.md");
    static final List<String> ROLES = List.of("BOARD_ADMIN", "BOARD_CHAIR", "EXECUTIVE_MEMBER", "COMMITTEE_MEMBER", "AGENCY_LEAD",
            "AGENCY_CONTRIBUTOR", "SCHOOL_LEAD", "VIEWER");
    /** Outcomes that mean the call got past authorisation. */
    static final Set<String> ALLOWED = Set.of("OK", "BAD_REQUEST", "CONFLICT");
    /** Operations whose own-scope and other-scope are the same thing (the caller themselves and their own partnerships, global frameworks). */
    static final Set<String> UNSCOPED = Set.of("me", "myReturns", "myActions", "partnerships", "frameworks", "framework", "createFramework",
            "updateFramework", "publishFramework", "legalHoldRecordTypes",
            "myNotificationPreferences", "setMyNotificationPreferences", "complianceBenchmark");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    private final HttpClient http = HttpClient.newHttpClient();
    private StoreSnapshot snapshot;
    private ValidArguments valid;

    @Test
    void everyOperationForEveryRoleInItsOwnAndAnotherPartnershipGivesTheOutcomeInTheTable() throws Exception {
        valid = new ValidArguments(mongo);
        addAWarwickshireCycle();
        snapshot = StoreSnapshot.of(mongo);
        Map<String, Scope> scopes = Map.of("own", valid.scope("own", "wolverhampton", "royal-wolverhampton-nhs"),
                "other", valid.scope("other", "warwickshire", "warwickshire-council"));
        TypeDefinitionRegistry schema = SchemaFiles.read();
        Map<String, String> rows = new TreeMap<>();
        for (String kind : List.of("Query", "Mutation")) {
            for (FieldDefinition operation : SchemaFiles.fields(schema, kind)) {
                for (String scopeName : List.of("own", "other")) {
                    var outcomes = new ArrayList<String>();
                    for (String role : ROLES) {
                        outcomes.add(call(schema, kind, operation, scopes.get(scopeName), role));
                    }
                    rows.put(operation.getName() + " | " + scopeName, String.join(" | ", outcomes));
                }
            }
        }
        String actual = rows.entrySet().stream().map(e -> "| " + e.getKey() + " | " + e.getValue() + " |").collect(Collectors.joining("\n"));
        System.out.println("[matrix] " + rows.size() / 2 + " operations × " + ROLES.size() + " roles × 2 scopes = " + rows.size() * ROLES.size() + " calls");
        assertTheRules(rows);
        Map<String, String> expected = expectedRows();
        var missing = rows.keySet().stream().filter(key -> !expected.containsKey(key)).toList();
        assertThat(missing).as("operations without rows in " + TABLE + "; the rows found were:\n" + actual).isEmpty();
        var different = rows.entrySet().stream().filter(e -> !e.getValue().equals(expected.get(e.getKey())))
                .map(e -> e.getKey() + ": expected " + expected.get(e.getKey()) + " but was " + e.getValue()).toList();
        assertThat(different).as("outcomes that differ from " + TABLE).isEmpty();
    }

    /** A viewer changes nothing; nobody reads or changes another partnership's records (whatever the table says). */
    private static void assertTheRules(Map<String, String> rows) {
        var broken = new ArrayList<String>();
        rows.forEach((key, outcomes) -> {
            String operation = key.substring(0, key.indexOf(' '));
            boolean other = key.endsWith("other");
            List<String> byRole = List.of(outcomes.split(" \\| "));
            boolean mutation = MUTATIONS.contains(operation);
            if (mutation && ALLOWED.contains(byRole.get(ROLES.indexOf("VIEWER")))) {
                broken.add(key + ": a viewer got " + byRole.get(ROLES.indexOf("VIEWER")));
            }
            if (other && !UNSCOPED.contains(operation)) {
                for (int i = 0; i < ROLES.size(); i++) {
                    // BAD_REQUEST may come first (the input's own shape is checked before whose record it names); CONFLICT may not
                    if (byRole.get(i).equals("OK") || mutation && byRole.get(i).equals("CONFLICT")) {
                        broken.add(key + ": " + ROLES.get(i) + " got " + byRole.get(i) + " on another partnership's record");
                    }
                }
            }
        });
        assertThat(broken).as("leaks").isEmpty();
    }

    private static final Set<String> MUTATIONS = new java.util.HashSet<>();

    private String call(TypeDefinitionRegistry schema, String kind, FieldDefinition operation, Scope scope, String role) throws Exception {
        if (kind.equals("Mutation")) {
            MUTATIONS.add(operation.getName());
        }
        var variables = new LinkedHashMap<String, Object>();
        var declarations = new ArrayList<String>();
        var arguments = new ArrayList<String>();
        for (InputValueDefinition argument : operation.getInputValueDefinitions()) {
            Object value = valid.argumentValue(schema, operation.getName(), argument, scope);
            if (value != null) {
                declarations.add("$" + argument.getName() + ": " + SchemaFiles.render(argument.getType()));
                arguments.add(argument.getName() + ": $" + argument.getName());
                variables.put(argument.getName(), value);
            }
        }
        String document = (kind.equals("Query") ? "query" : "mutation") + (declarations.isEmpty() ? "" : "(" + String.join(", ", declarations) + ")")
                + " { " + operation.getName() + (arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")") + " " + SchemaFiles.selection(schema, operation.getType()) + " }";
        String outcome = outcome(operation.getName(), post(token(role), document, variables));
        if (kind.equals("Mutation") && outcome.equals("OK")) {
            snapshot.restore();
        }
        return outcome;
    }

    private static String outcome(String operation, HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            return "HTTP_" + response.statusCode();
        }
        JsonNode body = JSON.readTree(response.body());
        if (!body.path("errors").isEmpty()) {
            return body.path("errors").path(0).path("extensions").path("classification").asString();
        }
        JsonNode data = body.path("data").path(operation);
        if (data.isNull() || data.isMissingNode()) {
            return "NULL";
        }
        if (data.isArray() && data.isEmpty() || data.has("edges") && data.path("edges").isEmpty()) {
            return "EMPTY";
        }
        return "OK";
    }

    /** The demo runs its cycles for Wolverhampton and Walsall together: one for Warwickshire gives "another partnership". */
    private void addAWarwickshireCycle() throws Exception {
        String admin = TestTokens.admin();
        String frameworkId = ValidArguments.id(valid.one("frameworks", Criteria.where("code").is("S11").and("status").is("PUBLISHED")));
        JsonNode created = JSON.readTree(post(admin, "mutation($input: CreateAuditCycleInput!) { createAuditCycle(input: $input) { cycle { id } } }",
                Map.of("input", Map.of("title", "Warwickshire Section 11", "period", "2026/27", "frameworkId", frameworkId,
                        "partnershipCodes", List.of("warwickshire"), "opensOn", TestClock.today().minusWeeks(1).toString(),
                        "dueOn", TestClock.today().plusWeeks(6).toString(), "organisationKinds", List.of("LOCAL_AUTHORITY", "POLICE", "NHS_TRUST")))).body());
        String cycleId = created.path("data").path("createAuditCycle").path("cycle").path("id").asString();
        assertThat(cycleId).as(created.toString()).isNotBlank();
        JsonNode issued = JSON.readTree(post(admin, "mutation($input: IssueAuditCycleInput!) { issueAuditCycle(input: $input) { cycle { returnCount } } }",
                Map.of("input", Map.of("id", cycleId, "version", 0))).body());
        assertThat(issued.path("data").path("issueAuditCycle").path("cycle").path("returnCount").asInt()).as(issued.toString()).isPositive();
    }

    private static String token(String role) {
        return switch (role) {
            case "BOARD_ADMIN" -> TestTokens.token("matrix.admin", List.of(role), null, List.of("wolverhampton"));
            case "BOARD_CHAIR" -> TestTokens.token("chair", List.of(role), null, List.of("wolverhampton"));
            case "EXECUTIVE_MEMBER", "COMMITTEE_MEMBER" -> TestTokens.token("exec", List.of(role), "wolverhampton-council", List.of("wolverhampton"));
            case "AGENCY_LEAD" -> TestTokens.token("health.lead", List.of(role), "royal-wolverhampton-nhs", List.of("wolverhampton"));
            case "AGENCY_CONTRIBUTOR" -> TestTokens.token("health.officer", List.of(role), "royal-wolverhampton-nhs", List.of("wolverhampton"));
            case "SCHOOL_LEAD" -> TestTokens.token("school.dsl", List.of(role), "demo-park-primary", List.of("wolverhampton"));
            default -> TestTokens.token("viewer", List.of(role), null, List.of("wolverhampton"));
        };
    }

    private HttpResponse<String> post(String token, String document, Map<String, Object> variables) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", document, "variables", variables))))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> expectedRows() throws IOException {
        var rows = new LinkedHashMap<String, String>();
        if (!Files.exists(TABLE)) {
            return rows;
        }
        for (String line : Files.readAllLines(TABLE)) {
            List<String> cells = List.of(line.split("\\|", -1)).stream().map(String::strip).toList();
            if (cells.size() == ROLES.size() + 4 && !cells.get(1).equals("operation") && !cells.get(1).startsWith("-")) {
                rows.put(cells.get(1) + " | " + cells.get(2), String.join(" | ", cells.subList(3, 3 + ROLES.size())));
            }
        }
        return rows;
    }
}
