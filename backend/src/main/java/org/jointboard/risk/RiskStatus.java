package org.jointboard.risk;

public enum RiskStatus { OPEN, ESCALATED, ACCEPTED, CLOSED }
