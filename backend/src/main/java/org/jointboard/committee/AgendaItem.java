package org.jointboard.committee;

/** An item on a meeting's agenda, with its owner and a link to its paper; restricted papers are not for everyone. */
public record AgendaItem(String title, String ownerPersonId, String paperUrl, boolean restricted) {
}
