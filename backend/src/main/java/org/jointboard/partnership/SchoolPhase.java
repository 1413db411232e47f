package org.jointboard.partnership;

public enum SchoolPhase { NURSERY, PRIMARY, SECONDARY, ALL_THROUGH, SPECIAL, ALTERNATIVE_PROVISION, POST_16 }
