/**
 * Downloads: every list as Excel or CSV and the board pack as a tagged PDF, built from the same services (and so the
 * same permissions) as the GraphQL queries, streamed to the caller. It reads the other features; none reads it.
 */
@ApplicationModule(displayName = "Exports and the board pack",
        allowedDependencies = { "assessment", "summary", "risk", "actionplan", "committee", "notification", "partnership", "security", "common" })
package org.jointboard.export;

import org.springframework.modulith.ApplicationModule;
