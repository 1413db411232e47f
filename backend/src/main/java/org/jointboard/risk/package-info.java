/**
 * The board's risk register: scores, controls, reviews, appetite and the executive view.
 */
@ApplicationModule(displayName = "Risk register", allowedDependencies = { "partnership", "committee", "assessment", "audit", "notification", "common", "security" })
package org.jointboard.risk;

import org.springframework.modulith.ApplicationModule;
