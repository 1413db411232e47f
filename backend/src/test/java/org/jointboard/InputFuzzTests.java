package org.jointboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import graphql.language.EnumTypeDefinition;
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
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Bounded fuzzing of every operation's arguments, built from the schema: texts that are empty, long, invisible,
 * right-to-left, formula-like or operator-like; numbers at and beyond their ends; dates beyond any calendar; ids as
 * objects; lists empty, long and holding nulls; required fields left out and unknown ones added. With a fixed seed,
 * so a failure is repeatable. Every answer must keep the error contract (no 5xx, no INTERNAL_ERROR, a known
 * classification, no Java or driver names in messages), and after every accepted change the store must hold no
 * invisible character, no text over the limit and no key that came from user text.
 */
@BackendIntegrationTest
@TestPropertySource(properties = "jointboard.demo-data.enabled=true")
class InputFuzzTests {

    private static final long SEED = 20261201L;
    private static final int CASES_PER_OPERATION = 18;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> CONTRACT = Set.of("BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT");
    // a package name (org.springframework.…), not an address such as name@school.org.uk
    private static final Pattern INTERNALS = Pattern.compile("Exception|java\\.|\\borg\\.[a-z]+\\.[a-z]|com\\.mongodb|bwaldvogel|ObjectValue\\{|\\bat [a-z]+\\.");
    private static final Pattern INVISIBLE = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");
    private static final List<String> TEXTS = List.of("", " ", "Zoë Ørsted-Łódź 😀", "St. Helens liaison", "$where", "$gt", "{\"$ne\": null}",
            "=HYPERLINK(\"http://x\")", "+SUM(A1)", "@cmd", "<script>alert(1)</script>", "../../etc/passwd", "wolverhampton", "NaN",
            "\u0000", "nul\u0000in the middle", "Police\u202Eecilop", "a\u2066isolated\u2069b", "tab\there", "line\nbreak", "N".repeat(201),
            "L".repeat(10_001), "1e309", "2026-11-23", "-1");
    private static final List<Object> INTS = List.of(0, -1, 1, 2, 5, 6, 100, Integer.MAX_VALUE, Integer.MIN_VALUE, 1L << 40, 3.5, "7", true);
    private static final List<Object> DATES = List.of("2026-11-23", "1900-01-01", "2200-12-31", "+999999999-12-31", "0000-01-01", "-0001-01-01",
            "9999-12-31", "2026-02-30", "", "tomorrow", 20261123, "2026-11-23T10:00:00Z");

    private static final String REFUSED = "";

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Random random = new Random(SEED);
    private List<String> ids;
    private ValidArguments valid;
    private ValidArguments.Scope own;

    @Test
    void noInputBreaksTheContractOrStoresSomethingInvalid() throws Exception {
        StoreSnapshot snapshot = StoreSnapshot.of(mongo);
        ids = knownIds();
        valid = new ValidArguments(mongo);
        own = valid.scope("own", "wolverhampton", "royal-wolverhampton-nhs");
        TypeDefinitionRegistry schema = SchemaFiles.read();
        String admin = TestTokens.token("fuzz.admin", List.of("BOARD_ADMIN"), null, List.of("wolverhampton", "walsall"));
        var broken = new ArrayList<String>();
        int cases = 0;
        int accepted = 0;
        long started = System.nanoTime();
        for (String kind : List.of("Query", "Mutation")) {
            for (FieldDefinition operation : SchemaFiles.fields(schema, kind)) {
                for (int n = 0; n < CASES_PER_OPERATION; n++) {
                    // half the cases: valid arguments with one value made hostile, so they reach the rules and get stored
                    boolean nearlyValid = n % 2 == 0;
                    var variables = new LinkedHashMap<String, Object>();
                    var declarations = new ArrayList<String>();
                    var arguments = new ArrayList<String>();
                    for (InputValueDefinition argument : operation.getInputValueDefinitions()) {
                        Object value = nearlyValid ? valid.argumentValue(schema, operation.getName(), argument, own)
                                : argument.getType() instanceof NonNullType || random.nextBoolean()
                                        ? value(schema, argument.getName(), argument.getType(), 0) : null;
                        if (value != null) {
                            declarations.add("$" + argument.getName() + ": " + SchemaFiles.render(argument.getType()));
                            arguments.add(argument.getName() + ": $" + argument.getName());
                            variables.put(argument.getName(), value);
                        }
                    }
                    if (nearlyValid && n > 0) {
                        spoilOneValue(variables);
                    }
                    String document = (kind.equals("Query") ? "query" : "mutation")
                            + (declarations.isEmpty() ? "" : "(" + String.join(", ", declarations) + ")") + " { " + operation.getName()
                            + (arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")") + " " + SchemaFiles.selection(schema, operation.getType()) + " }";
                    cases++;
                    String problem = check(admin, document, variables);
                    if (problem == null && kind.equals("Mutation")) {
                        accepted++;
                        problem = invalidStored();
                        snapshot.restore();
                    }
                    if (problem != null && !problem.equals(REFUSED)) {
                        broken.add(operation.getName() + " with " + abbreviate(JSON.writeValueAsString(variables)) + ": " + problem);
                    }
                }
            }
        }
        System.out.printf("[fuzz] %d cases (seed %d) in %.1f s: %d mutations accepted, %d problems%n", cases, SEED,
                (System.nanoTime() - started) / 1e9, accepted, broken.size());
        assertThat(cases).isGreaterThanOrEqualTo(1_000);
        assertThat(broken).isEmpty();
    }

    /** What is wrong with the answer: null if it was accepted, {@link #REFUSED} if refused within the contract. */
    private String check(String token, String document, Map<String, Object> variables) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", document, "variables", variables))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 500) {
            return "HTTP " + response.statusCode() + " " + abbreviate(response.body());
        }
        JsonNode body = JSON.readTree(response.body());
        for (JsonNode error : body.path("errors")) {
            String classification = error.path("extensions").path("classification").asString();
            String message = error.path("message").asString();
            if (!CONTRACT.contains(classification)) {
                return classification + ": " + abbreviate(message);
            }
            if (INTERNALS.matcher(message).find()) {
                return "internals in \"" + abbreviate(message) + "\"";
            }
            if (classification.equals("BAD_REQUEST") && error.path("extensions").path("field").asString().isEmpty()) {
                return "BAD_REQUEST without a field: " + abbreviate(message);
            }
        }
        return body.path("errors").isEmpty() ? null : REFUSED;
    }

    /** Text the API must never store: invisible characters, over the longest allowed, or as a document key. */
    private String invalidStored() {
        for (var collection : StoreSnapshot.current(mongo).entrySet()) {
            for (Document document : collection.getValue()) {
                String problem = invalid(document, collection.getKey());
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    private static String invalid(Object value, String where) {
        return switch (value) {
            case String text when INVISIBLE.matcher(text).find() -> "stored invisible characters at " + where;
            case String text when text.length() > 10_000 && !where.startsWith("auditEvents") -> "stored " + text.length() + " characters at " + where;
            case Document document -> document.entrySet().stream()
                    .map(e -> e.getKey().contains(".") || e.getKey().startsWith("$") ? "stored the key " + e.getKey() + " at " + where
                            : invalid(e.getValue(), where + "." + e.getKey()))
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            case List<?> list -> list.stream().map(item -> invalid(item, where + "[]")).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            case null, default -> null;
        };
    }

    private Object value(TypeDefinitionRegistry schema, String field, Type<?> type, int depth) {
        if (type instanceof NonNullType nonNull) {
            return random.nextInt(30) == 0 ? null : value(schema, field, nonNull.getType(), depth);
        }
        if (random.nextInt(12) == 0) {
            return null;
        }
        if (type instanceof ListType list) {
            return switch (random.nextInt(8)) {
                case 0 -> List.of();
                case 1 -> new ArrayList<>(Collections.nCopies(1_001, value(schema, field, list.getType(), depth + 1)));
                case 2 -> { var withNull = new ArrayList<>(); withNull.add(null); yield withNull; }
                default -> {
                    var items = new ArrayList<>();
                    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                        items.add(value(schema, field, list.getType(), depth + 1));
                    }
                    yield items;
                }
            };
        }
        String name = ((TypeName) type).getName();
        var input = schema.getType(name, InputObjectTypeDefinition.class);
        if (input.isPresent()) {
            if (depth > 4) {
                return Map.of();
            }
            var object = new LinkedHashMap<String, Object>();
            for (InputValueDefinition f : input.get().getInputValueDefinitions()) {
                if (f.getType() instanceof NonNullType ? random.nextInt(15) != 0 : random.nextBoolean()) {
                    object.put(f.getName(), value(schema, f.getName(), f.getType(), depth + 1));
                }
            }
            if (random.nextInt(15) == 0) {
                object.put("unknownField", "x");
            }
            return object;
        }
        var enumType = schema.getType(name, EnumTypeDefinition.class);
        if (enumType.isPresent()) {
            var values = enumType.get().getEnumValueDefinitions();
            return random.nextInt(8) == 0 ? "NOT_A_VALUE" : values.get(random.nextInt(values.size())).getName();
        }
        return switch (name) {
            case "Int" -> INTS.get(random.nextInt(INTS.size()));
            case "Float" -> random.nextBoolean() ? random.nextDouble() * 10 : INTS.get(random.nextInt(INTS.size()));
            case "Boolean" -> random.nextInt(10) == 0 ? "yes" : random.nextBoolean();
            case "Date" -> DATES.get(random.nextInt(DATES.size()));
            case "ID" -> switch (random.nextInt(6)) {
                case 0 -> Map.of("$gt", "");
                case 1 -> TEXTS.get(random.nextInt(TEXTS.size()));
                default -> ids.get(random.nextInt(ids.size()));
            };
            default -> random.nextInt(3) == 0 ? ids.get(random.nextInt(ids.size())) : TEXTS.get(random.nextInt(TEXTS.size()));
        };
    }

    /** Replaces one value somewhere in the arguments (a leaf of the tree of maps and lists) with a hostile one. */
    @SuppressWarnings("unchecked")
    private void spoilOneValue(Map<String, Object> variables) {
        Object node = variables;
        Object parent = null;
        Object key = null;
        for (int depth = 0; depth < 6; depth++) {
            if (node instanceof Map<?, ?> map && !map.isEmpty()) {
                var keys = new ArrayList<>(map.keySet());
                parent = map;
                key = keys.get(random.nextInt(keys.size()));
                node = map.get(key);
            } else if (node instanceof List<?> list && !list.isEmpty()) {
                parent = list;
                key = random.nextInt(list.size());
                node = list.get((Integer) key);
            } else {
                break;
            }
        }
        Object hostile = switch (random.nextInt(4)) {
            case 0 -> INTS.get(random.nextInt(INTS.size()));
            case 1 -> DATES.get(random.nextInt(DATES.size()));
            default -> TEXTS.get(random.nextInt(TEXTS.size()));
        };
        if (parent instanceof Map<?, ?> map) {
            ((Map<Object, Object>) map).put(key, hostile);
        } else if (parent instanceof List<?> list) {
            var copy = new ArrayList<Object>(list);
            copy.set((Integer) key, hostile);
            ((List<Object>) list).clear();
            ((List<Object>) list).addAll(copy);
        }
    }

    /** Ids and codes of demo records, so some calls reach the rules behind the lookups. */
    private List<String> knownIds() {
        var known = new ArrayList<String>();
        for (String collection : List.of("organisations", "people", "committees", "meetings", "risks", "frameworks", "auditCycles",
                "auditReturns", "partnerships")) {
            mongo.getCollection(collection).find().limit(3).forEach(document -> known.add(String.valueOf(document.get("_id"))));
        }
        known.addAll(List.of("wolverhampton", "walsall", "west-midlands-police", "S11"));
        return known;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
