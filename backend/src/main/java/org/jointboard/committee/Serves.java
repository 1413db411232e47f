package org.jointboard.committee;

/** Whose safeguarding a body serves. */
public enum Serves { CHILDREN, ADULTS, BOTH }
