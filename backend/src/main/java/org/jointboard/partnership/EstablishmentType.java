package org.jointboard.partnership;

/** Decides which audit applies: s175 for maintained schools, s157 for academies, independent schools and FE. */
public enum EstablishmentType {
    MAINTAINED, ACADEMY, FREE_SCHOOL, INDEPENDENT, FE_COLLEGE, PUPIL_REFERRAL_UNIT;

    public boolean s157() {
        return this != MAINTAINED && this != PUPIL_REFERRAL_UNIT;
    }
}
