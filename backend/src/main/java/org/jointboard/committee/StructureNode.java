package org.jointboard.committee;

import java.util.List;

/** A body in a partnership's structure, with the bodies that report to it. */
public record StructureNode(Committee committee, List<StructureNode> children) {
}
