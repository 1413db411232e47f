package org.jointboard.notification;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Messages a change sends at once rather than on the daily run: a return returned for changes, with the reasons. Sent
 * after the change is stored, off the request's thread (the person returning it never waits for SMTP), once per
 * recipient and change, logged like every reminder.
 */
@Service
public class Notices {

    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    private final ReminderRuns runs;

    Notices(ReminderRuns runs) {
        this.runs = runs;
    }

    /**
     * @param occurrence what makes this notice distinct from an earlier one about the same item (for example the
     *        return's version after the change)
     */
    public record Notice(NotificationKind kind, String itemId, String title, String partnershipCode, LocalDate deadline, String path,
            DueItem.RecipientRef recipient, String occurrence, String subject, String what, String nextStep) { }

    public void returnedForChanges(String returnId, String title, String partnershipCode, String organisationCode, LocalDate deadline, String reasons,
            long version) {
        send(new Notice(NotificationKind.RETURN, returnId, title, partnershipCode, deadline, "/returns/" + returnId,
                DueItem.RecipientRef.organisation(organisationCode), "returned-v" + version, "Returned for changes: " + title,
                title + " has been returned for changes:\n\n" + reasons, "make the changes, then submit the return again"));
    }

    private void send(Notice notice) {
        Thread.ofVirtual().name("notice-" + notice.itemId()).start(() -> {
            try {
                runs.notice(notice);
            } catch (RuntimeException e) {
                log.warn("Notice about {} not sent: {}", notice.itemId(), e.getMessage(), e);
            }
        });
    }
}
