package org.jointboard.notification;

import java.time.LocalDate;

/**
 * Something open with a date, as a feature reports it: what it is, whose it is and where its page is. The reminder run
 * decides, from the partnership's settings and the day, whether anyone is told about it today.
 *
 * @param path the item's page in the ui, from its root (for example {@code /returns/abc})
 * @param recipient who is reminded: a person, or an organisation (its people; for a school, its DSL)
 * @param owningBodyId the body whose chair is the first step of the escalation ladder, or null
 * @param school whether it is a school's (a school's audit is not chased in the partnership's quiet periods)
 */
public record DueItem(NotificationKind kind, String itemId, String title, String partnershipCode, LocalDate deadline, String path,
        RecipientRef recipient, String owningBodyId, boolean school) {

    /** Who a reminder goes to, by reference: resolved to names and addresses by {@link Recipients}. */
    public record RecipientRef(String personId, String organisationCode) {

        public static RecipientRef person(String personId) {
            return new RecipientRef(personId, null);
        }

        public static RecipientRef organisation(String organisationCode) {
            return new RecipientRef(null, organisationCode);
        }
    }
}
