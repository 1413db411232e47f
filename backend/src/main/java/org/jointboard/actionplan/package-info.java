/**
 * Action plans: business plans, scrutiny and learning-review recommendations, audit improvement actions and risk
 * mitigations, one model; actions with their progress and a RAG derived from dates and status; links to the returns
 * and risks they come from.
 */
@ApplicationModule(displayName = "Action plans", allowedDependencies = { "partnership", "committee", "risk", "assessment", "audit", "notification",
        "common", "security" })
package org.jointboard.actionplan;

import org.springframework.modulith.ApplicationModule;
