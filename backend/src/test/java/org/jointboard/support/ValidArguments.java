package org.jointboard.support;

import org.jointboard.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Arguments for any operation, made from the schema: ids of demo records of one partnership (a {@link Scope}), their
 * current versions, and simple valid values otherwise. Used to call every operation without writing each call.
 */
public final class ValidArguments {

    private final MongoTemplate mongo;

    public ValidArguments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The demo records of one partnership that generated arguments point at. */
    public record Scope(String name, String partnership, String organisationId, String organisationCode, String personId, String committeeId,
            String membershipId, String meetingId, String riskId, String frameworkId, String cycleId, String returnId,
            String planId, String actionId) {
    }

    /** A value for each argument the operation needs, or an optional one the scope narrows (a list's partnership). */
    public Object argumentValue(TypeDefinitionRegistry schema, String operation, InputValueDefinition argument, Scope scope) {
        String name = argument.getName();
        Type<?> type = argument.getType();
        return switch (name) {
            case "id" -> idFor(operation, scope);
            case "code" -> operation.equals("frameworks") ? "S11" : scope.partnership();
            case "partnership" -> scope.partnership();
            case "cycle" -> scope.cycleId();
            case "committee" -> scope.committeeId();
            case "from" -> TestClock.today().minusYears(1).toString();
            case "to" -> TestClock.today().toString();
            case "first" -> 5;
            case "frameworkCode" -> "S11";
            case "organisation" -> scope.organisationCode();
            case "filter" -> SchemaFiles.hasField(schema, SchemaFiles.typeName(type), "partnership") ? new LinkedHashMap<>(Map.of("partnership", scope.partnership())) : null;
            default -> type instanceof NonNullType ? value(schema, operation, name, type, scope) : null;
        };
    }

    public Object value(TypeDefinitionRegistry schema, String operation, String field, Type<?> type, Scope scope) {
        if (type instanceof NonNullType nonNull) {
            return value(schema, operation, field, nonNull.getType(), scope);
        }
        if (type instanceof ListType list) {
            return new java.util.ArrayList<>(List.of(value(schema, operation, field, list.getType(), scope)));
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
            case "personId", "ownerPersonId", "leadPersonId", "person" -> scope.personId();
            case "committeeId", "owningCommitteeId" -> scope.committeeId();
            case "membershipId" -> scope.membershipId();
            case "meetingId" -> scope.meetingId();
            case "riskId" -> scope.riskId();
            case "frameworkId" -> scope.frameworkId();
            case "cycleId" -> scope.cycleId();
            case "returnId" -> scope.returnId();
            case "planId" -> scope.planId();
            case "recordType" -> "Risk";
            case "recordId" -> scope.riskId();
            case "actionId" -> scope.actionId();
            case "code" -> operation.equals("updatePartnership") ? scope.partnership() : "matrix-" + scope.name();
            default -> switch (typeName) {
                case "Int" -> 1;
                case "Float" -> 1.0;
                case "Boolean" -> false;
                case "Date" -> TestClock.today().minusDays(1).toString();
                case "ID" -> "matrix-" + field;
                default -> "Matrix " + field;
            };
        };
    }

    private String idFor(String operation, Scope scope) {
        String op = operation.toLowerCase(java.util.Locale.ROOT);
        if (op.contains("actionplan")) {
            return scope.planId();
        }
        if (op.contains("action")) {
            return scope.actionId();
        }
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
        if (op.contains("actionsettings")) {
            collection = "actionSettings";
            id = scope.partnership();
        } else if (op.contains("actionplan") || op.contains("planitem") || op.contains("recommendation")) {
            collection = "actionPlans";
            id = scope.planId();
        } else if (op.contains("action")) {
            collection = "actions";
            id = scope.actionId();
        } else if (op.contains("riskSettings".toLowerCase())) {
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
    public Scope scope(String name, String partnership, String organisationCode) {
        Document organisation = one("organisations", Criteria.where("code").is(organisationCode));
        Document person = one("people", Criteria.where("partnershipCodes").is(List.of(partnership)));
        Document committee = one("committees", Criteria.where("partnershipCodes").is(List.of(partnership)).and("memberships.0").exists(true)
                .and("kind").ne("BOARD"));
        Document meeting = one("meetings", Criteria.where("committeeId").is(id(committee)));
        Document risk = one("risks", Criteria.where("partnershipCode").is(partnership));
        Document framework = one("frameworks", Criteria.where("code").is("S11").and("status").is("PUBLISHED"));
        Document auditReturn = one("auditReturns", Criteria.where("organisationCode").is(organisationCode).and("state").ne("ACCEPTED"));
        Document plan = one("actionPlans", Criteria.where("partnershipCode").is(partnership).and("published").is(true)
                .and("kind").in("SCRUTINY", "LEARNING_REVIEW").and("items.0").exists(true));
        Document action = one("actions", Criteria.where("planId").is(id(plan)).and("status").nin("COMPLETE", "CLOSED_NOT_DONE"));
        String membershipId = committee.getList("memberships", Document.class).getFirst().getString("_id");
        if (membershipId == null) {
            membershipId = committee.getList("memberships", Document.class).getFirst().getString("id");
        }
        return new Scope(name, partnership, id(organisation), organisationCode, id(person), id(committee), membershipId, id(meeting),
                id(risk), id(framework), auditReturn.getString("cycleId"), id(auditReturn), id(plan), id(action));
    }

    public Document one(String collection, Criteria criteria) {
        Document found = mongo.findOne(Query.query(criteria), Document.class, collection);
        assertThat(found).as("demo data in " + collection + " for " + criteria.getCriteriaObject()).isNotNull();
        return found;
    }

    public static String id(Document document) {
        return String.valueOf(document.get("_id"));
    }

}
