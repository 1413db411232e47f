package org.jointboard.assessment;

import java.util.List;

/**
 * Improvement actions written on a return by an earlier version (when they lived on the return) are handed to the
 * action plans: the listener makes each an action of the partnership's improvement plan, idempotently, before the
 * return lets go of them.
 */
public record ImprovementActionsHandedOver(AuditReturn auditReturn, List<ImprovementAction> actions) {
}
