package org.jointboard.actionplan;

import java.time.LocalDate;

/**
 * A priority of a business plan, or a finding or recommendation of a scrutiny or learning review. A recommendation
 * has an addressee and, once the executive has answered, a response (partly accepted and rejected with a reason).
 */
public record PlanItem(String code, Kind kind, String title, String description, String addressee, String leadPersonId,
        Response response, String responseReason, LocalDate respondedOn) {

    public enum Kind { PRIORITY, FINDING, RECOMMENDATION }

    public enum Response { ACCEPTED, PARTLY_ACCEPTED, REJECTED }

    PlanItem respond(Response newResponse, String reason, LocalDate on) {
        return new PlanItem(code, kind, title, description, addressee, leadPersonId, newResponse, reason, on);
    }

    PlanItem describe(PlanItem described) {
        return new PlanItem(code, described.kind, described.title, described.description, described.addressee, described.leadPersonId,
                response, responseReason, respondedOn);
    }
}
