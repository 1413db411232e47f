package org.jointboard.ui.api;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.streams.DownloadEvent;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The backend's file endpoints (exports, evidence), with the signed-in user's token, beside the GraphQL API: what a
 * user may download or upload is the backend's decision. Downloads are copied to the browser as the backend sends them.
 */
@Component
public class BackendFiles {

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    private final RestClient relayed;
    private final RestClient plain;
    private final OAuth2AuthorizedClientManager authorizedClients;
    private final String base;

    BackendFiles(RestClient.Builder restClients, OAuth2AuthorizedClientManager authorizedClients, BackendProperties backend) {
        var relayUserToken = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
        relayUserToken.setClientRegistrationIdResolver(request -> "keycloak");
        this.relayed = restClients.clone().requestInterceptor(relayUserToken).build();
        this.plain = restClients.clone().build();
        this.authorizedClients = authorizedClients;
        this.base = backend.url();
    }

    /** {@code path} (with {@code {name}} variables filled from {@code variables}) and the query parameters that are not null. */
    public URI uri(String path, Map<String, String> parameters, Object... variables) {
        var builder = UriComponentsBuilder.fromUriString(base).path(path);
        parameters.forEach((name, value) -> {
            if (value != null) {
                builder.queryParam(name, value);
            }
        });
        return builder.encode().buildAndExpand(variables).toUri();
    }

    /** Streams a backend file into a browser download; a refusal reaches the browser as its status and message. */
    public void download(URI uri, String fallbackName, DownloadEvent event) {
        relayed.get().uri(uri).exchange((request, response) -> {
            if (!response.getStatusCode().is2xxSuccessful()) {
                event.getResponse().setStatus(response.getStatusCode().value());
                event.setContentType("application/json");
                response.getBody().transferTo(event.getOutputStream());
                return null;
            }
            event.setFileName(fileName(response.getHeaders(), fallbackName));
            event.setContentType(String.valueOf(response.getHeaders().getContentType()));
            if (response.getHeaders().getContentLength() >= 0) {
                event.setContentLength(response.getHeaders().getContentLength());
            }
            response.getBody().transferTo(event.getOutputStream());
            return null;
        });
    }

    /** A file made for the caller, read whole with a token taken earlier (so this may run off the request thread). */
    public File fetch(URI uri, String fallbackName, String accessToken) {
        return plain.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken).exchange((request, response) -> {
            byte[] body = response.getBody().readAllBytes();
            if (!response.getStatusCode().is2xxSuccessful()) {
                throw refusal(response.getStatusCode().value(), body);
            }
            return new File(fileName(response.getHeaders(), fallbackName), String.valueOf(response.getHeaders().getContentType()), body);
        });
    }

    /** Sends a file as {@code multipart/form-data} (part {@code file}, named {@code fileName}) with these fields; the answer as {@code type}. */
    public <T> T upload(URI uri, Map<String, String> fields, String fileName, Path content, Class<T> type) {
        var parts = new LinkedMultiValueMap<String, Object>();
        fields.forEach(parts::add);
        parts.add("file", new FileSystemResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return relayed.post().uri(uri).contentType(MediaType.MULTIPART_FORM_DATA).body(parts).exchange((request, response) -> {
            byte[] body = response.getBody().readAllBytes();
            if (!response.getStatusCode().is2xxSuccessful()) {
                throw refusal(response.getStatusCode().value(), body);
            }
            return JSON.readValue(body, type);
        });
    }

    /** Sends a DELETE; the answer as {@code type}. */
    public <T> T delete(URI uri, Class<T> type) {
        return relayed.delete().uri(uri).exchange((request, response) -> {
            byte[] body = response.getBody().readAllBytes();
            if (!response.getStatusCode().is2xxSuccessful()) {
                throw refusal(response.getStatusCode().value(), body);
            }
            return JSON.readValue(body, type);
        });
    }

    /** The signed-in user's access token, refreshed if it has run out; call on a request thread. */
    public String accessToken() {
        var request = OAuth2AuthorizeRequest.withClientRegistrationId("keycloak").principal(SecurityContextHolder.getContext().getAuthentication())
                .attribute(jakarta.servlet.http.HttpServletRequest.class.getName(), VaadinServletRequest.getCurrent().getHttpServletRequest())
                .attribute(jakarta.servlet.http.HttpServletResponse.class.getName(), VaadinServletResponse.getCurrent().getHttpServletResponse())
                .build();
        var client = authorizedClients.authorize(request);
        if (client == null) {
            throw new ApiException(ApiException.Kind.SESSION_EXPIRED, null, "Sign in again to carry on");
        }
        return client.getAccessToken().getTokenValue();
    }

    private static String fileName(HttpHeaders headers, String fallback) {
        String disposition = headers.getFirst(HttpHeaders.CONTENT_DISPOSITION);
        String name = disposition == null ? null : ContentDisposition.parse(disposition).getFilename();
        return name == null ? fallback : name;
    }

    /** The backend's error body (the contract's shape) as an {@link ApiException} with its field and words. */
    private static ApiException refusal(int status, byte[] body) {
        String message = "This could not be done";
        String field = null;
        try {
            var error = JSON.readTree(body).path("errors").path(0);
            message = error.path("message").asString(message);
            field = error.path("extensions").path("field").asString(null);
        } catch (RuntimeException unreadable) {
            // keep the plain words
        }
        ApiException.Kind kind = switch (status) {
            case 400, 413 -> ApiException.Kind.BAD_REQUEST;
            case 401 -> ApiException.Kind.SESSION_EXPIRED;
            case 403 -> ApiException.Kind.FORBIDDEN;
            case 404 -> ApiException.Kind.NOT_FOUND;
            case 409 -> ApiException.Kind.CONFLICT;
            case 502, 503, 504 -> ApiException.Kind.UNAVAILABLE;
            default -> ApiException.Kind.INTERNAL;
        };
        return new ApiException(kind, field, message);
    }

    /** A downloaded file: its name, type and bytes. */
    public record File(String name, String contentType, byte[] bytes) {
    }
}
