package org.jointboard.assessment;

/** Red, amber, green: always shown with the rating's label, never as colour alone. */
public enum Rag {
    RED, AMBER, GREEN, NONE
}
