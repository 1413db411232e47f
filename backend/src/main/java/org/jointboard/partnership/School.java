package org.jointboard.partnership;

/** What only schools have. {@code urn} is the DfE Unique Reference Number. */
public record School(String urn, SchoolPhase phase, EstablishmentType establishmentType) {
}
