package org.jointboard.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than {@link RequestLimits#maxBodySize()} before reading it (413), and lets only a few
 * large bodies be parsed at the same time (a parsed body takes several times its size in heap): four concurrent
 * 90 MB bodies used to run a 512 MB backend out of memory. A body of unknown length is read up to the limit only.
 * It runs before authentication, so nobody (signed in or not) can make the backend hold more than this.
 */
public class RequestBodyLimit extends OncePerRequestFilter {

    private static final long WAIT_FOR_TURN_SECONDS = 30;

    private final RequestLimits limits;
    private final Semaphore largeBodies;

    public RequestBodyLimit(RequestLimits limits) {
        this.limits = limits;
        this.largeBodies = new Semaphore(limits.concurrentLargeBodies(), true);
    }

    /** A file sent to the upload endpoint (evidence), streamed to disk by the container rather than parsed in the heap. */
    private static boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && request.getRequestURI().startsWith("/evidence/") && type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        long max = isUpload(request) ? limits.maxUploadSize().toBytes() : limits.maxBodySize().toBytes();
        if (declared > max) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, tooLarge());
            return;
        }
        boolean hasBody = declared > 0 || (declared < 0 && request.getHeader("Transfer-Encoding") != null);
        if (!hasBody || declared >= 0 && declared <= limits.largeBodySize().toBytes()) {
            chain.doFilter(request, response);
            return;
        }
        if (!takeTurn()) {
            response.setHeader("Retry-After", "5");
            refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The service is busy with other large requests. Try again in a moment.");
            return;
        }
        try {
            if (declared >= 0) {
                chain.doFilter(request, response);
                return;
            }
            byte[] body = readAtMost(request.getInputStream(), max);
            if (body == null) {
                refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, tooLarge());
                return;
            }
            chain.doFilter(new GraphQlRequestShape.ReadBody(request, body), response);
        } finally {
            largeBodies.release();
        }
    }

    private boolean takeTurn() {
        try {
            return largeBodies.tryAcquire(WAIT_FOR_TURN_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String tooLarge() {
        return "This request is larger than " + limits.maxBodySize().toMegabytes() + " MB, the most the service accepts.";
    }

    /** The body, or null if it is longer than {@code max}. */
    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            if (out.size() + n > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The connection is closed after the answer: the rest of an oversized body is not read. */
    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setHeader("Connection", "close");
        ContractErrorAttributes.write(response, status, message);
    }
}
