package org.jointboard.assessment;

import java.util.List;

/** A section of a framework: one page of the return's form. */
public record FrameworkSection(String code, String title, String guidance, List<Standard> standards) {

    public FrameworkSection {
        standards = List.copyOf(standards);
    }
}
