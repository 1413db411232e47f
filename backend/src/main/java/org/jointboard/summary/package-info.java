/**
 * Compliance summaries and the audit tracker, read from the assessment feature.
 */
@ApplicationModule(displayName = "Summary", allowedDependencies = { "assessment", "security" })
package org.jointboard.summary;

import org.springframework.modulith.ApplicationModule;
