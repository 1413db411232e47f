package org.jointboard.ui.api;

import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.ClientResponseField;
import org.springframework.graphql.client.GraphQlTransportException;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * The backend's GraphQL API, called with the signed-in user's access token (refreshed when needed).
 * Documents live in {@code graphql-documents/}; every failure becomes an {@link ApiException}.
 */
@Component
public class GraphQlApi {

    private final HttpSyncGraphQlClient client;

    GraphQlApi(RestClient.Builder restClients, OAuth2AuthorizedClientManager authorizedClients, BackendProperties backend) {
        var relayUserToken = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
        relayUserToken.setClientRegistrationIdResolver(request -> "keycloak");
        RestClient rest = restClients.baseUrl(backend.url() + "/graphql").requestInterceptor(relayUserToken).build();
        this.client = HttpSyncGraphQlClient.builder(rest).build();
    }

    /** Runs one named operation of a document that holds several. */
    public <T> T fetchOperation(String documentName, String operationName, Map<String, Object> variables, String path, Class<T> type) {
        ClientResponseField field = execute(client.documentName(documentName).operationName(operationName), variables).field(path);
        return field.getValue() == null ? null : field.toEntity(type);
    }

    /** Runs a document and returns the field at {@code path} as {@code type}. */
    public <T> T fetch(String documentName, Map<String, Object> variables, String path, Class<T> type) {
        ClientResponseField field = execute(documentName, variables).field(path);
        return field.getValue() == null ? null : field.toEntity(type);
    }

    public <T> List<T> fetchList(String documentName, Map<String, Object> variables, String path, Class<T> type) {
        ClientResponseField field = execute(documentName, variables).field(path);
        return field.getValue() == null ? List.of() : field.toEntityList(type);
    }

    public <T> T fetch(String documentName, Map<String, Object> variables, String path, ParameterizedTypeReference<T> type) {
        ClientResponseField field = execute(documentName, variables).field(path);
        return field.getValue() == null ? null : field.toEntity(type);
    }

    /**
     * Runs a document built by the caller (one request that asks the same thing of several partnerships, each under an
     * alias); the caller's tests check the documents it builds against the schema.
     */
    public Fields fetchFields(String document, Map<String, Object> variables) {
        return new Fields(execute(client.document(document), variables));
    }

    /** The fields of one response, read by alias. */
    public static final class Fields {

        private final ClientGraphQlResponse response;

        private Fields(ClientGraphQlResponse response) {
            this.response = response;
        }

        public <T> T get(String alias, ParameterizedTypeReference<T> type) {
            ClientResponseField field = response.field(alias);
            return field.getValue() == null ? null : field.toEntity(type);
        }
    }

    private ClientGraphQlResponse execute(String documentName, Map<String, Object> variables) {
        return execute(client.documentName(documentName), variables);
    }

    private ClientGraphQlResponse execute(org.springframework.graphql.client.GraphQlClient.RequestSpec request, Map<String, Object> variables) {
        ClientGraphQlResponse response;
        try {
            response = request.variables(variables).executeSync();
        } catch (GraphQlTransportException | ResourceAccessException | ClientAuthorizationException ex) {
            throw translate(ex);
        } catch (OAuth2AuthorizationException ex) {
            throw new ApiException(ApiException.Kind.SESSION_EXPIRED, null, "Session expired", ex);
        }
        if (!response.getErrors().isEmpty()) {
            throw translate(response.getErrors().getFirst());
        }
        return response;
    }

    private static ApiException translate(Exception ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof OAuth2AuthorizationException) {
                return new ApiException(ApiException.Kind.SESSION_EXPIRED, null, "Session expired", ex);
            }
            if (cause instanceof HttpClientErrorException.Unauthorized) {
                return new ApiException(ApiException.Kind.SESSION_EXPIRED, null, "The backend did not accept the session", ex);
            }
        }
        return new ApiException(ApiException.Kind.UNAVAILABLE, null, "Backend unavailable", ex);
    }

    static ApiException translate(ResponseError error) {
        String classification = error.getErrorType().toString();
        Object field = error.getExtensions().get("field");
        ApiException.Kind kind = switch (classification) {
            case "BAD_REQUEST", "ValidationError" -> ApiException.Kind.BAD_REQUEST;
            case "FORBIDDEN" -> ApiException.Kind.FORBIDDEN;
            case "UNAUTHORIZED" -> ApiException.Kind.SESSION_EXPIRED;
            case "NOT_FOUND" -> ApiException.Kind.NOT_FOUND;
            case "CONFLICT" -> ApiException.Kind.CONFLICT;
            default -> ApiException.Kind.INTERNAL;
        };
        return new ApiException(kind, field == null ? null : field.toString(), error.getMessage());
    }
}
