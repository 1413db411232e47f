package org.jointboard.ui.export;

import java.net.URI;
import java.util.Map;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import org.jointboard.ui.api.ApiException;
import org.jointboard.ui.api.BackendProperties;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The backend's downloads ({@code /exports/...}), with the signed-in user's token: the backend decides what each user
 * may export, exactly as for the pages. A list is copied to the browser as the backend writes it.
 */
@Component
public class ExportClient {

    private final RestClient relayed;
    private final RestClient plain;
    private final OAuth2AuthorizedClientManager authorizedClients;
    private final String base;

    ExportClient(RestClient.Builder restClients, OAuth2AuthorizedClientManager authorizedClients, BackendProperties backend) {
        var relayUserToken = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
        relayUserToken.setClientRegistrationIdResolver(request -> "keycloak");
        this.relayed = restClients.clone().requestInterceptor(relayUserToken).build();
        this.plain = restClients.clone().build();
        this.authorizedClients = authorizedClients;
        this.base = backend.url();
    }

    URI uri(String kind, Map<String, String> parameters) {
        var builder = UriComponentsBuilder.fromUriString(base).path("/exports/{kind}");
        parameters.forEach((name, value) -> {
            if (value != null) {
                builder.queryParam(name, value);
            }
        });
        return builder.encode().buildAndExpand(kind).toUri();
    }

    /** Streams an export into a browser download; a refusal reaches the browser as its status and message. */
    void download(String kind, Map<String, String> parameters, DownloadEvent event) {
        relayed.get().uri(uri(kind, parameters)).exchange((request, response) -> {
            if (!response.getStatusCode().is2xxSuccessful()) {
                event.getResponse().setStatus(response.getStatusCode().value());
                event.setContentType("application/json");
                response.getBody().transferTo(event.getOutputStream());
                return null;
            }
            String disposition = response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
            event.setFileName(disposition == null ? kind : ContentDisposition.parse(disposition).getFilename());
            event.setContentType(String.valueOf(response.getHeaders().getContentType()));
            if (response.getHeaders().getContentLength() >= 0) {
                event.setContentLength(response.getHeaders().getContentLength());
            }
            response.getBody().transferTo(event.getOutputStream());
            return null;
        });
    }

    /** A file made for the caller, read whole with a token taken earlier (so it may run off the request thread). */
    File fetch(String kind, Map<String, String> parameters, String accessToken) {
        return plain.get().uri(uri(kind, parameters)).header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken).exchange((request, response) -> {
            byte[] body = response.getBody().readAllBytes();
            if (!response.getStatusCode().is2xxSuccessful()) {
                throw new ApiException(kind(response.getStatusCode().value()), null, message(body));
            }
            String disposition = response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
            return new File(disposition == null ? kind : ContentDisposition.parse(disposition).getFilename(),
                    String.valueOf(response.getHeaders().getContentType()), body);
        });
    }

    /** The signed-in user's access token, refreshed if it has run out; call on a request thread. */
    String accessToken() {
        var request = OAuth2AuthorizeRequest.withClientRegistrationId("keycloak").principal(SecurityContextHolder.getContext().getAuthentication())
                .attribute(jakarta.servlet.http.HttpServletRequest.class.getName(), VaadinServletRequest.getCurrent().getHttpServletRequest())
                .attribute(jakarta.servlet.http.HttpServletResponse.class.getName(), VaadinServletResponse.getCurrent().getHttpServletResponse())
                .build();
        var client = authorizedClients.authorize(request);
        if (client == null) {
            throw new ApiException(ApiException.Kind.SESSION_EXPIRED, null, "Sign in again to make this file");
        }
        return client.getAccessToken().getTokenValue();
    }

    private static String message(byte[] body) {
        try {
            var node = tools.jackson.databind.json.JsonMapper.builder().build().readTree(body);
            return node.path("errors").path(0).path("message").asString("The file could not be made");
        } catch (RuntimeException e) {
            return "The file could not be made";
        }
    }

    /** A downloaded file: its name, type and bytes. */
    public record File(String name, String contentType, byte[] bytes) {
    }

    private static ApiException.Kind kind(int status) {
        return switch (status) {
            case 400 -> ApiException.Kind.BAD_REQUEST;
            case 401 -> ApiException.Kind.SESSION_EXPIRED;
            case 403 -> ApiException.Kind.FORBIDDEN;
            case 404 -> ApiException.Kind.NOT_FOUND;
            case 502, 503, 504 -> ApiException.Kind.UNAVAILABLE;
            default -> ApiException.Kind.INTERNAL;
        };
    }
}
