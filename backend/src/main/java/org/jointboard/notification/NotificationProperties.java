package org.jointboard.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code jointboard.notification.*}: the ui's address for links in messages, the sender, when the daily run starts, and
 * how a failed send is retried. With no SMTP host configured ({@code spring.mail.host}, {@code JOINTBOARD_SMTP_HOST})
 * the backend starts an embedded SMTP server on {@code embeddedSmtpPort} and keeps what it receives for the "Sent
 * e-mail" page.
 *
 * @param schedule the daily run as a cron expression ({@code "-"} turns it off)
 * @param attempts sends tried per message in one run before it is logged as failed (the next run tries again)
 * @param backoff the wait before the second attempt, doubled before each later one
 */
@ConfigurationProperties("jointboard.notification")
public record NotificationProperties(String uiUrl, String from, String schedule, int embeddedSmtpPort, int attempts, Duration backoff) {

    public NotificationProperties {
        uiUrl = uiUrl == null ? "http://localhost:8081" : uiUrl.replaceAll("/+$", "");
        from = from == null ? "JointBoard <no-reply@jointboard.example>" : from;
        attempts = attempts < 1 ? 3 : attempts;
        backoff = backoff == null ? Duration.ofSeconds(2) : backoff;
    }
}
