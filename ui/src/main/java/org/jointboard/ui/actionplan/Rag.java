package org.jointboard.ui.actionplan;

import com.vaadin.flow.component.html.Span;

/** A RAG as the board reads it: the word, in a coloured box with its own border pattern (never colour alone). */
public final class Rag {

    private Rag() {
    }

    public static Span badge(String rag) {
        var badge = new Span(word(rag));
        badge.addClassNames("rag", "rag-" + rag.toLowerCase());
        return badge;
    }

    static String word(String rag) {
        return switch (rag) {
            case "RED" -> "Red";
            case "AMBER" -> "Amber";
            case "GREEN" -> "Green";
            default -> "Closed, not done";
        };
    }

    static String status(String status) {
        return switch (status) {
            case "NOT_STARTED" -> "Not started";
            case "ON_TRACK" -> "On track";
            case "AT_RISK" -> "At risk";
            case "OFF_TRACK" -> "Off track";
            case "COMPLETE" -> "Complete";
            default -> "Closed, not done";
        };
    }

    static String kind(String kind) {
        return switch (kind) {
            case "BUSINESS_PLAN" -> "Business plan";
            case "SCRUTINY" -> "Scrutiny recommendations";
            case "LEARNING_REVIEW" -> "Learning review";
            case "AUDIT_IMPROVEMENT" -> "Audit improvement actions";
            default -> "Risk mitigation";
        };
    }

    static String response(String response) {
        return response == null ? "Awaiting the executive's response" : switch (response) {
            case "ACCEPTED" -> "Accepted";
            case "PARTLY_ACCEPTED" -> "Partly accepted";
            default -> "Rejected";
        };
    }
}
