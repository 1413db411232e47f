/**
 * Boards, executive groups, committees and their members, meetings and attendance.
 */
@ApplicationModule(displayName = "Boards and committees", allowedDependencies = { "partnership", "audit", "notification", "common", "security" })
package org.jointboard.committee;

import org.springframework.modulith.ApplicationModule;
