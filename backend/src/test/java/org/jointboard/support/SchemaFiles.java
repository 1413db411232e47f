package org.jointboard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The backend's schema as its files declare it, for tests that cover every operation without listing them. */
public final class SchemaFiles {

    private SchemaFiles() {
    }

    public static TypeDefinitionRegistry read() {
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

    /** The fields of an object type with its extensions ({@code Query} and {@code Mutation} are extended per feature). */
    public static List<FieldDefinition> fields(TypeDefinitionRegistry schema, String typeName) {
        var all = new ArrayList<>(schema.getType(typeName, ObjectTypeDefinition.class).map(ObjectTypeDefinition::getFieldDefinitions).orElse(List.of()));
        schema.objectTypeExtensions().getOrDefault(typeName, List.of()).forEach(extension -> all.addAll(extension.getFieldDefinitions()));
        return all;
    }

    /** The smallest selection of a result: its first scalar field reachable without required arguments. */
    public static String selection(TypeDefinitionRegistry schema, Type<?> type) {
        String name = typeName(type);
        if (schema.getType(name, ObjectTypeDefinition.class).isEmpty()) {
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

    public static boolean hasField(TypeDefinitionRegistry schema, String inputType, String field) {
        return schema.getType(inputType, InputObjectTypeDefinition.class)
                .map(t -> t.getInputValueDefinitions().stream().anyMatch(f -> f.getName().equals(field))).orElse(false);
    }

    public static String typeName(Type<?> type) {
        return switch (type) {
            case NonNullType nonNull -> typeName(nonNull.getType());
            case ListType list -> typeName(list.getType());
            case TypeName name -> name.getName();
            default -> throw new IllegalStateException(type.toString());
        };
    }

    /** The type as written in a variable declaration, for example {@code [String!]!}. */
    public static String render(Type<?> type) {
        return switch (type) {
            case NonNullType nonNull -> render(nonNull.getType()) + "!";
            case ListType list -> "[" + render(list.getType()) + "]";
            case TypeName name -> name.getName();
            default -> throw new IllegalStateException(type.toString());
        };
    }
}
