package org.jointboard.common;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.bson.types.ObjectId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.graphql.data.pagination.CursorStrategy;

/**
 * The keyset of a page position as a cursor: each key's value tagged with one of a few known types, so a cursor
 * decodes only into plain values (never into a class named by the caller, as the default JSON cursors with type
 * information would) and anything else is refused. A tampered cursor can at most move the page within what the
 * caller may see: the query's own criteria still apply.
 */
final class TypedKeysetCursors implements CursorStrategy<Map<String, Object>> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]{0,60}");
    private static final int MAX_KEYS = 8;
    private static final int MAX_TEXT = 1_000;

    @Override
    public boolean supports(Class<?> targetType) {
        return Map.class.isAssignableFrom(targetType);
    }

    @Override
    public String toCursor(Map<String, Object> keys) {
        ObjectNode cursor = JSON.createObjectNode();
        keys.forEach((key, value) -> {
            ObjectNode typed = cursor.putObject(key);
            switch (value) {
                case null -> typed.put("t", "n");
                case String text -> typed.put("t", "s").put("v", text);
                case Integer number -> typed.put("t", "i").put("v", number);
                case Long number -> typed.put("t", "l").put("v", number);
                case Double number -> typed.put("t", "f").put("v", number);
                case Boolean flag -> typed.put("t", "b").put("v", flag);
                case LocalDate date -> typed.put("t", "d").put("v", date.toString());
                case Instant instant -> typed.put("t", "ts").put("v", instant.toString());
                case java.util.Date date -> typed.put("t", "ts").put("v", date.toInstant().toString());
                case ObjectId id -> typed.put("t", "o").put("v", id.toHexString());
                default -> throw new IllegalStateException("No cursor form for " + value.getClass().getSimpleName() + " at " + key);
            }
        });
        return JSON.writeValueAsString(cursor);
    }

    /** @throws IllegalArgumentException for anything that is not a cursor this class made */
    @Override
    public Map<String, Object> fromCursor(String cursor) {
        JsonNode tree;
        try {
            tree = JSON.readTree(cursor);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not JSON");
        }
        if (tree == null || !tree.isObject() || tree.size() == 0 || tree.size() > MAX_KEYS) {
            throw new IllegalArgumentException("not a keyset");
        }
        Map<String, Object> keys = new LinkedHashMap<>();
        for (var entry : tree.properties()) {
            if (!KEY.matcher(entry.getKey()).matches()) {
                throw new IllegalArgumentException("bad key");
            }
            keys.put(entry.getKey(), value(entry.getValue()));
        }
        return keys;
    }

    private static Object value(JsonNode typed) {
        JsonNode v = typed.path("v");
        String type = typed.path("t").isString() ? typed.path("t").asString() : "";
        return switch (type) {
            case "n" -> null;
            case "s" -> text(v);
            case "i" -> { require(v.isInt()); yield v.asInt(); }
            case "l" -> { require(v.isIntegralNumber()); yield v.asLong(); }
            case "f" -> { require(v.isNumber()); yield v.asDouble(); }
            case "b" -> { require(v.isBoolean()); yield v.asBoolean(); }
            case "d" -> LocalDate.parse(text(v));
            case "ts" -> Instant.parse(text(v));
            case "o" -> new ObjectId(text(v));
            default -> throw new IllegalArgumentException("unknown type");
        };
    }

    private static String text(JsonNode v) {
        require(v.isString() && v.asString().length() <= MAX_TEXT);
        return v.asString();
    }

    private static void require(boolean condition) {
        if (!condition) {
            throw new IllegalArgumentException("bad value");
        }
    }
}
