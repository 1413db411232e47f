package org.jointboard.actionplan;

/**
 * What the caller may do with one action.
 *
 * @param canEdit           change what the action is, who leads it and when (board admins; the owning body's chair)
 * @param canRecordProgress record or draft an update (those, and the action's lead if their role may lead actions)
 * @param canOverrideRag    set the RAG by hand with a reason (board admins; the owning body's chair)
 */
public record ActionPermissions(boolean canEdit, boolean canRecordProgress, boolean canOverrideRag) {

    static final ActionPermissions NONE = new ActionPermissions(false, false, false);
}
