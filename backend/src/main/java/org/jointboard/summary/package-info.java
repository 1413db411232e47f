/**
 * Compliance summaries, the audit tracker, trends over cycles and benchmarks across areas, read from the assessment feature.
 */
@ApplicationModule(displayName = "Summary", allowedDependencies = { "assessment", "audit", "security", "common" })
package org.jointboard.summary;

import org.springframework.modulith.ApplicationModule;
