package org.jointboard.ui.partnership;

import java.util.LinkedHashMap;
import java.util.Map;

/** Plain-English names for the backend's enum values, in the order people expect to choose them. */
final class Labels {

    static final Map<String, String> ORGANISATION_KINDS = ordered(
            "LOCAL_AUTHORITY", "Local authority",
            "DISTRICT_COUNCIL", "District council",
            "POLICE", "Police",
            "POLICE_AND_CRIME_COMMISSIONER", "Police and Crime Commissioner",
            "CCG", "Clinical commissioning group",
            "NHS_TRUST", "NHS trust",
            "NHS_ENGLAND", "NHS England",
            "PROBATION", "Probation service",
            "COMMUNITY_REHABILITATION_COMPANY", "Community rehabilitation company",
            "CAFCASS", "CAFCASS",
            "YOUTH_OFFENDING_TEAM", "Youth offending team",
            "FIRE", "Fire and rescue",
            "AMBULANCE", "Ambulance service",
            "SCHOOL", "School",
            "FE_COLLEGE", "Further education college",
            "VOLUNTARY_SECTOR", "Voluntary or community group",
            "OTHER", "Other");

    static final Map<String, String> SCHOOL_PHASES = ordered(
            "NURSERY", "Nursery", "PRIMARY", "Primary", "SECONDARY", "Secondary", "ALL_THROUGH", "All-through",
            "SPECIAL", "Special", "ALTERNATIVE_PROVISION", "Alternative provision", "POST_16", "Post-16");

    static final Map<String, String> ESTABLISHMENT_TYPES = ordered(
            "MAINTAINED", "Maintained school (s175)", "ACADEMY", "Academy (s157)", "FREE_SCHOOL", "Free school (s157)",
            "INDEPENDENT", "Independent school (s157)", "FE_COLLEGE", "FE college (s157)",
            "PUPIL_REFERRAL_UNIT", "Pupil referral unit (s175)");

    private Labels() {
    }

    static String of(Map<String, String> labels, String value) {
        return value == null ? "" : labels.getOrDefault(value, value);
    }

    private static Map<String, String> ordered(String... pairs) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
