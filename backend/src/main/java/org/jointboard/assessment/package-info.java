/**
 * Assurance frameworks as data, audit cycles and returns (Section 11 and s175/s157): answers, review, challenge and moderation.
 */
@ApplicationModule(displayName = "Assessment", allowedDependencies = { "partnership", "audit", "notification", "common", "security" })
package org.jointboard.assessment;

import org.springframework.modulith.ApplicationModule;
