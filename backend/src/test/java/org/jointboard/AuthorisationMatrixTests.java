package org.jointboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
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
            "SCHOOL_LEAD", "VIEWER");
    /** Outcomes that mean the call got past authorisation. */
    static final Set<String> ALLOWED = Set.of("OK", "BAD_REQUEST", "CONFLICT");
    /** Operations whose own-scope and other-scope are the same thing (the caller themselves and their own partnerships, global frameworks). */
    static final Set<String> UNSCOPED = Set.of("me", "myReturns", "partnerships", "frameworks", "framework", "createFramework",
            "updateFramework", "publishFramework");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    private final HttpClient http = HttpClient.newHttpClient();
    private Map<String, List<Document>> snapshot;

    record Scope(String name, String partnership, String organisationId, String organisationCode, String personId, String committeeId,
            String membershipId, String meetingId, String riskId, String frameworkId, String cycleId, String returnId) {
    }

    @Test
    void everyOperationForEveryRoleInItsOwnAndAnotherPartnershipGivesTheOutcomeInTheTable() throws Exception {
        addAWarwickshireCycle();
        snapshot = snapshot();
        Map<String, Scope> scopes = Map.of("own", scope("own", "wolverhampton", "royal-wolverhampton-nhs"),
                "other", scope("other", "warwickshire", "warwickshire-council"));
        TypeDefinitionRegistry schema = schema();
        Map<String, String> rows = new TreeMap<>();
        for (String kind : List.of("Query", "Mutation")) {
            for (FieldDefinition operation : operations(schema, kind)) {
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
            Object value = argumentValue(schema, operation.getName(), argument, scope);
            if (value != null) {
                declarations.add("$" + argument.getName() + ": " + render(argument.getType()));
                arguments.add(argument.getName() + ": $" + argument.getName());
                variables.put(argument.getName(), value);
            }
        }
        String document = (kind.equals("Query") ? "query" : "mutation") + (declarations.isEmpty() ? "" : "(" + String.join(", ", declarations) + ")")
                + " { " + operation.getName() + (arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")") + " " + selection(schema, operation.getType()) + " }";
        String outcome = outcome(operation.getName(), post(token(role), document, variables));
        if (kind.equals("Mutation") && outcome.equals("OK")) {
            restore();
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

    /** A value for each argument the operation needs, or an optional one the scope narrows (a list's partnership). */
    private Object argumentValue(TypeDefinitionRegistry schema, String operation, InputValueDefinition argument, Scope scope) {
        String name = argument.getName();
        Type<?> type = argument.getType();
        return switch (name) {
            case "id" -> idFor(operation, scope);
            case "code" -> operation.equals("frameworks") ? "S11" : scope.partnership();
            case "partnership" -> scope.partnership();
            case "cycle" -> scope.cycleId();
            case "committee" -> scope.committeeId();
            case "from" -> LocalDate.now().minusYears(1).toString();
            case "to" -> LocalDate.now().toString();
            case "first" -> 5;
            case "filter" -> hasField(schema, typeName(type), "partnership") ? Map.of("partnership", scope.partnership()) : null;
            default -> type instanceof NonNullType ? value(schema, operation, name, type, scope) : null;
        };
    }

    private Object value(TypeDefinitionRegistry schema, String operation, String field, Type<?> type, Scope scope) {
        if (type instanceof NonNullType nonNull) {
            return value(schema, operation, field, nonNull.getType(), scope);
        }
        if (type instanceof ListType list) {
            return List.of(value(schema, operation, field, list.getType(), scope));
        }
        String typeName = ((TypeName) type).getName();
        var input = schema.getType(typeName, InputObjectTypeDefinition.class);
        if (input.isPresent()) {
            var object = new LinkedHashMap<String, Object>();
            for (InputValueDefinition f : input.get().getInputValueDefinitions()) {
                if (f.getType() instanceof NonNullType) {
                    object.put(f.getName(), value(schema, operation, f.getName(), f.getType(), scope));
                }
            }
            return object;
        }
        var enumType = schema.getType(typeName, graphql.language.EnumTypeDefinition.class);
        if (enumType.isPresent()) {
            return enumType.get().getEnumValueDefinitions().getFirst().getName();
        }
        return switch (field) {
            case "id" -> idFor(operation, scope);
            case "version" -> versionOf(operation, scope);
            case "partnershipCode", "partnership", "partnershipCodes" -> scope.partnership();
            case "organisationCode", "representingOrganisationCode" -> scope.organisationCode();
            case "personId", "ownerPersonId", "leadPersonId" -> scope.personId();
            case "committeeId", "owningCommitteeId" -> scope.committeeId();
            case "membershipId" -> scope.membershipId();
            case "meetingId" -> scope.meetingId();
            case "riskId" -> scope.riskId();
            case "frameworkId" -> scope.frameworkId();
            case "cycleId" -> scope.cycleId();
            case "returnId" -> scope.returnId();
            case "code" -> operation.equals("updatePartnership") ? scope.partnership() : "matrix-" + scope.name();
            default -> switch (typeName) {
                case "Int" -> 1;
                case "Float" -> 1.0;
                case "Boolean" -> false;
                case "Date" -> LocalDate.now().minusDays(1).toString();
                case "ID" -> "matrix-" + field;
                default -> "Matrix " + field;
            };
        };
    }

    private String idFor(String operation, Scope scope) {
        String op = operation.toLowerCase(java.util.Locale.ROOT);
        if (op.contains("organisation")) {
            return scope.organisationId();
        }
        if (op.contains("person")) {
            return scope.personId();
        }
        if (op.contains("meeting")) {
            return scope.meetingId();
        }
        if (op.contains("committee")) {
            return scope.committeeId();
        }
        if (op.contains("risk")) {
            return scope.riskId();
        }
        if (op.contains("framework")) {
            return scope.frameworkId();
        }
        if (op.contains("cycle")) {
            return scope.cycleId();
        }
        if (op.contains("return")) {
            return scope.returnId();
        }
        return scope.partnership();
    }

    private Object versionOf(String operation, Scope scope) {
        String op = operation.toLowerCase(java.util.Locale.ROOT);
        String collection;
        Object id;
        if (op.contains("riskSettings".toLowerCase())) {
            collection = "riskSettings";
            id = scope.partnership();
        } else if (op.contains("organisation")) {
            collection = "organisations";
            id = scope.organisationId();
        } else if (op.contains("person")) {
            collection = "people";
            id = scope.personId();
        } else if (op.contains("meeting") || op.contains("attendance")) {
            collection = "meetings";
            id = scope.meetingId();
        } else if (op.contains("committee") || op.contains("member")) {
            collection = "committees";
            id = scope.committeeId();
        } else if (op.contains("risk")) {
            collection = "risks";
            id = scope.riskId();
        } else if (op.contains("framework")) {
            collection = "frameworks";
            id = scope.frameworkId();
        } else if (op.contains("cycle")) {
            collection = "auditCycles";
            id = scope.cycleId();
        } else if (op.contains("partnership")) {
            collection = "partnerships";
            id = scope.partnership();
        } else {
            collection = "auditReturns";
            id = scope.returnId();
        }
        Document found = mongo.getCollection(collection).find(new Document("_id", objectIdOr(id))).first();
        return found == null || found.get("version") == null ? 0 : ((Number) found.get("version")).intValue();
    }

    private static Object objectIdOr(Object id) {
        return id instanceof String text && org.bson.types.ObjectId.isValid(text) ? new org.bson.types.ObjectId(text) : id;
    }

    /** The demo records of a partnership that the calls act on. */
    private Scope scope(String name, String partnership, String organisationCode) {
        Document organisation = one("organisations", Criteria.where("code").is(organisationCode));
        Document person = one("people", Criteria.where("partnershipCodes").is(List.of(partnership)));
        Document committee = one("committees", Criteria.where("partnershipCodes").is(List.of(partnership)).and("memberships.0").exists(true)
                .and("kind").ne("BOARD"));
        Document meeting = one("meetings", Criteria.where("committeeId").is(id(committee)));
        Document risk = one("risks", Criteria.where("partnershipCode").is(partnership));
        Document framework = one("frameworks", Criteria.where("code").is("S11").and("status").is("PUBLISHED"));
        Document auditReturn = one("auditReturns", Criteria.where("organisationCode").is(organisationCode).and("state").ne("ACCEPTED"));
        String membershipId = committee.getList("memberships", Document.class).getFirst().getString("_id");
        if (membershipId == null) {
            membershipId = committee.getList("memberships", Document.class).getFirst().getString("id");
        }
        return new Scope(name, partnership, id(organisation), organisationCode, id(person), id(committee), membershipId, id(meeting),
                id(risk), id(framework), auditReturn.getString("cycleId"), id(auditReturn));
    }

    private Document one(String collection, Criteria criteria) {
        Document found = mongo.findOne(Query.query(criteria), Document.class, collection);
        assertThat(found).as("demo data in " + collection + " for " + criteria.getCriteriaObject()).isNotNull();
        return found;
    }

    private static String id(Document document) {
        return String.valueOf(document.get("_id"));
    }

    /** The demo runs its cycles for Wolverhampton and Walsall together: one for Warwickshire gives "another partnership". */
    private void addAWarwickshireCycle() throws Exception {
        String admin = TestTokens.admin();
        String frameworkId = id(one("frameworks", Criteria.where("code").is("S11").and("status").is("PUBLISHED")));
        JsonNode created = JSON.readTree(post(admin, "mutation($input: CreateAuditCycleInput!) { createAuditCycle(input: $input) { cycle { id } } }",
                Map.of("input", Map.of("title", "Warwickshire Section 11", "period", "2026/27", "frameworkId", frameworkId,
                        "partnershipCodes", List.of("warwickshire"), "opensOn", LocalDate.now().minusWeeks(1).toString(),
                        "dueOn", LocalDate.now().plusWeeks(6).toString(), "organisationKinds", List.of("LOCAL_AUTHORITY", "POLICE", "NHS_TRUST")))).body());
        String cycleId = created.path("data").path("createAuditCycle").path("cycle").path("id").asString();
        assertThat(cycleId).as(created.toString()).isNotBlank();
        JsonNode issued = JSON.readTree(post(admin, "mutation($input: IssueAuditCycleInput!) { issueAuditCycle(input: $input) { cycle { returnCount } } }",
                Map.of("input", Map.of("id", cycleId, "version", 0))).body());
        assertThat(issued.path("data").path("issueAuditCycle").path("cycle").path("returnCount").asInt()).as(issued.toString()).isPositive();
    }

    private Map<String, List<Document>> snapshot() {
        var copy = new LinkedHashMap<String, List<Document>>();
        mongo.getCollectionNames().forEach(name -> copy.put(name, mongo.getCollection(name).find().into(new ArrayList<>())));
        return copy;
    }

    private void restore() {
        snapshot.forEach((name, documents) -> {
            var collection = mongo.getCollection(name);
            collection.deleteMany(new Document());
            if (!documents.isEmpty()) {
                collection.insertMany(documents);
            }
        });
        mongo.getCollectionNames().stream().filter(name -> !snapshot.containsKey(name)).forEach(name -> mongo.getCollection(name).deleteMany(new Document()));
    }

    private static String token(String role) {
        return switch (role) {
            case "BOARD_ADMIN" -> TestTokens.token("matrix.admin", List.of(role), null, List.of("wolverhampton"));
            case "BOARD_CHAIR" -> TestTokens.token("chair", List.of(role), null, List.of("wolverhampton"));
            case "EXECUTIVE_MEMBER", "COMMITTEE_MEMBER" -> TestTokens.token("exec", List.of(role), "wolverhampton-council", List.of("wolverhampton"));
            case "AGENCY_LEAD" -> TestTokens.token("health.lead", List.of(role), "royal-wolverhampton-nhs", List.of("wolverhampton"));
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

    /** The smallest selection of a result: its first scalar field, or for a connection its edges' first scalar. */
    private static String selection(TypeDefinitionRegistry schema, Type<?> type) {
        String name = typeName(type);
        var object = schema.getType(name, ObjectTypeDefinition.class);
        if (object.isEmpty()) {
            return "";
        }
        for (FieldDefinition field : fields(schema, name)) {
            if (field.getInputValueDefinitions().stream().noneMatch(a -> a.getType() instanceof NonNullType)) {
                String nested = selection(schema, field.getType());
                if (schema.getType(typeName(field.getType()), ObjectTypeDefinition.class).isEmpty() || !nested.isEmpty()) {
                    return "{ " + field.getName() + " " + nested + " }";
                }
            }
        }
        return "";
    }

    private static List<FieldDefinition> fields(TypeDefinitionRegistry schema, String typeName) {
        var all = new ArrayList<>(schema.getType(typeName, ObjectTypeDefinition.class).map(ObjectTypeDefinition::getFieldDefinitions).orElse(List.of()));
        schema.objectTypeExtensions().getOrDefault(typeName, List.of()).forEach(extension -> all.addAll(extension.getFieldDefinitions()));
        return all;
    }

    private static List<FieldDefinition> operations(TypeDefinitionRegistry schema, String kind) {
        return fields(schema, kind);
    }

    private static boolean hasField(TypeDefinitionRegistry schema, String inputType, String field) {
        return schema.getType(inputType, InputObjectTypeDefinition.class)
                .map(t -> t.getInputValueDefinitions().stream().anyMatch(f -> f.getName().equals(field))).orElse(false);
    }

    private static String typeName(Type<?> type) {
        return switch (type) {
            case NonNullType nonNull -> typeName(nonNull.getType());
            case ListType list -> typeName(list.getType());
            case TypeName name -> name.getName();
            default -> throw new IllegalStateException(type.toString());
        };
    }

    private static String render(Type<?> type) {
        return switch (type) {
            case NonNullType nonNull -> render(nonNull.getType()) + "!";
            case ListType list -> "[" + render(list.getType()) + "]";
            case TypeName name -> name.getName();
            default -> throw new IllegalStateException(type.toString());
        };
    }

    static TypeDefinitionRegistry schema() {
        var registry = new TypeDefinitionRegistry();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:graphql/*.graphqls")) {
                registry.merge(new SchemaParser().parse(file.getContentAsString(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return registry;
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
