/**
 * Chasing: reminders and escalation by e-mail for returns, risk reviews and actions, the settings that shape them, and
 * the log of what was sent. Features tell it what is due through {@link org.jointboard.notification.ReminderSource}
 * beans and who people are through {@link org.jointboard.notification.Recipients}; it depends on none of them.
 */
@ApplicationModule(displayName = "Reminders and escalation", allowedDependencies = { "audit", "security", "common" })
package org.jointboard.notification;

import org.springframework.modulith.ApplicationModule;
