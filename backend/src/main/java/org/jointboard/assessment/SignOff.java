package org.jointboard.assessment;

import java.time.Instant;
import java.time.LocalDate;

/** A named person's sign-off of a return (for example the head teacher's), recorded by the organisation's lead. */
public record SignOff(String role, String name, LocalDate date, String recordedBy, Instant at) {
}
