/**
 * Partnerships, their boards, the organisations (agencies and schools) that serve them and the people who sit on their bodies. The bottom layer: every other feature stands on it.
 */
@ApplicationModule(displayName = "Partnerships", allowedDependencies = { "audit", "notification", "common", "security" })
package org.jointboard.partnership;

import org.springframework.modulith.ApplicationModule;
