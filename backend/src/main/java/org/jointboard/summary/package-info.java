/**
 * Compliance summaries and the audit tracker, read from the assessment feature.
 */
@ApplicationModule(displayName = "Summary", allowedDependencies = { "assessment", "security", "common" })
package org.jointboard.summary;

import org.springframework.modulith.ApplicationModule;
