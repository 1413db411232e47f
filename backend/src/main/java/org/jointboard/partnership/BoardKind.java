package org.jointboard.partnership;

/** Which statutory board: the children's board, the adults' board, or a joint board of both. */
public enum BoardKind { CHILDREN, ADULTS, JOINT }
