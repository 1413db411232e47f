package org.jointboard.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What {@code wrk --latency} printed: requests a second, the 99th percentile latency and the failed requests. */
record WrkResult(double requestsPerSecond, double p50Millis, double p99Millis, long errors) {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P50 = Pattern.compile("\\s50%\\s+([0-9.]+)(us|ms|s|m)");
    private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s|m)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    static WrkResult parse(String output) {
        Matcher rate = RATE.matcher(output);
        Matcher p50 = P50.matcher(output);
        Matcher p99 = P99.matcher(output);
        if (!rate.find() || !p50.find() || !p99.find()) {
            throw new IllegalStateException("wrk printed no rate or latency: " + output);
        }
        long errors = 0;
        Matcher non2xx = NON_2XX.matcher(output);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = SOCKET.matcher(output);
        if (socket.find()) {
            for (int i = 1; i <= 4; i++) {
                errors += Long.parseLong(socket.group(i));
            }
        }
        return new WrkResult(Double.parseDouble(rate.group(1)), millis(p50), millis(p99), errors);
    }

    private static double millis(Matcher latency) {
        return Double.parseDouble(latency.group(1)) * switch (latency.group(2)) {
            case "us" -> 0.001;
            case "ms" -> 1;
            case "s" -> 1000;
            default -> 60_000;
        };
    }
}
