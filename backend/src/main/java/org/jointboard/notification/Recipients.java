package org.jointboard.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Who people are and how to reach them, as the people register holds them (the partnerships feature provides it). */
public interface Recipients {

    /** A person; empty if unknown. */
    Optional<Recipient> person(String personId);

    /** Whom an organisation's reminders go to in a partnership: a school's DSL, or the organisation's people there. */
    List<Recipient> ofOrganisation(String organisationCode, String partnershipCode);

    /** The person a sign-in name belongs to in the register, if any. */
    Optional<RegisteredPerson> byUsername(String username);

    /** A person of the register: who they are and which partnerships list them. */
    record RegisteredPerson(String personId, String name, List<String> partnershipCodes) { }

    /** The partnership's name, for the signature of a message. */
    String partnershipName(String partnershipCode);

    /** A name and an address (which may be missing or malformed: the run logs that rather than failing). */
    record Recipient(String name, String email) { }

    /** The chairs an escalation goes to, as the structure holds them (the committees feature provides it). */
    interface Chairs {

        /** The chair of a body on a day, as a person id. */
        Optional<String> chairOf(String bodyId, LocalDate on);

        /** The chair of the partnership's board on a day (the independent chair), as a person id. */
        Optional<String> independentChairOf(String partnershipCode, LocalDate on);
    }
}
