package org.jointboard.committee;

/** The kinds of governance body a partnership runs; a board is a body too, so it has members and meetings. */
public enum BodyKind { BOARD, EXECUTIVE_GROUP, COMMITTEE, SUB_GROUP, PANEL, TASK_AND_FINISH_GROUP, FORUM }
