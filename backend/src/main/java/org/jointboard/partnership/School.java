package org.jointboard.partnership;

/**
 * What only schools have. {@code urn} is the DfE Unique Reference Number; the designated safeguarding lead (DSL) is
 * who the board chases about the school's audit.
 */
public record School(String urn, SchoolPhase phase, EstablishmentType establishmentType, String localAuthority, String headTeacher,
        String dslName, String dslEmail) {

    public School(String urn, SchoolPhase phase, EstablishmentType establishmentType) {
        this(urn, phase, establishmentType, null, null, null, null);
    }
}
