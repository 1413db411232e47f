package org.jointboard.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Whether an address can be sent to: one mailbox, with a domain, as Jakarta Mail reads it strictly. */
final class EmailAddresses {

    private EmailAddresses() {
    }

    static boolean valid(String address) {
        if (address == null || address.isBlank() || !address.contains("@") || address.length() > 254) {
            return false;
        }
        try {
            new InternetAddress(address, true).validate();
            return address.substring(address.indexOf('@') + 1).contains(".");
        } catch (AddressException e) {
            return false;
        }
    }
}
