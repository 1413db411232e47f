package org.jointboard.notification;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jointboard.security.CurrentUser;
import org.jointboard.security.CurrentUsers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What the embedded SMTP server received, for the "Sent e-mail" page: board admins see the messages sent for their
 * partnerships, newest first. With a real SMTP server configured there is nothing to show here (the log remains).
 */
@Service
public class SentMail {

    private final ObjectProvider<GreenMail> embedded;
    private final CurrentUsers currentUsers;

    SentMail(ObjectProvider<GreenMail> embedded, CurrentUsers currentUsers) {
        this.embedded = embedded;
        this.currentUsers = currentUsers;
    }

    public record Message(String to, String subject, Instant receivedAt, String kind, String itemId, String partnership, String text) { }

    public record Mailbox(boolean embedded, List<Message> messages) { }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public Mailbox of(String partnershipCode, int first) {
        CurrentUser user = currentUsers.requireWorksFor(partnershipCode);
        GreenMail server = embedded.getIfAvailable();
        if (server == null) {
            return new Mailbox(false, List.of());
        }
        return new Mailbox(true, Arrays.stream(server.getReceivedMessages()).map(SentMail::read).flatMap(Optional::stream)
                .filter(m -> partnershipCode.equals(m.partnership()) && user.worksFor(m.partnership()))
                .sorted(Comparator.comparing(Message::receivedAt).reversed()).limit(Math.max(1, Math.min(first, 200))).toList());
    }

    private static Optional<Message> read(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return Optional.of(new Message(to == null || to.length == 0 ? "" : to[0].toString(), message.getSubject(),
                    message.getReceivedDate() == null ? Instant.EPOCH : message.getReceivedDate().toInstant(), header(message, "X-JointBoard-Kind"),
                    header(message, "X-JointBoard-Item"), header(message, "X-JointBoard-Partnership"), text(message)));
        } catch (MessagingException e) {
            return Optional.empty();
        }
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    /** The plain-text part, as the recipient's mail program would show it without HTML. */
    private static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof jakarta.mail.Multipart multipart) {
                return plain(multipart);
            }
            return String.valueOf(content);
        } catch (Exception e) {
            return GreenMailUtil.getBody(message);
        }
    }

    private static String plain(jakarta.mail.Multipart multipart) throws MessagingException, java.io.IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return String.valueOf(part.getContent());
            }
            if (part.getContent() instanceof jakarta.mail.Multipart nested) {
                String found = plain(nested);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
