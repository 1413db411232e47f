package org.jointboard.assessment;

import java.util.List;

/**
 * What the caller may do with a return now: the lifecycle ({@link ReturnStep}) narrowed by the caller's role,
 * organisation and partnerships. The ui renders its buttons from this and never re-derives the rules; the commands
 * check the same rules again.
 *
 * @param canEdit      answer questions and change improvement actions (the organisation's lead, while it is open)
 * @param partnerships per partnership of the caller's that the return covers, the board's steps
 * @param answersEverySection the organisation's lead, while it is open: every section may be answered
 * @param canAssign an agency's lead, while it is open: sections may be given to colleagues (schools have no contributors)
 * @param assignedSections a contributor's: the sections the lead assigned them, while it is open
 */
public record ReturnPermissions(boolean canEdit, boolean canSignOff, boolean canSubmit, List<PartnershipSteps> partnerships,
        boolean answersEverySection, boolean canAssign, List<String> assignedSections) {

    /** The partnerships for which the caller may accept, return or re-open the return (whatever its state now). */
    public List<String> decidePartnerships() {
        return partnerships.stream().filter(PartnershipSteps::decides).map(PartnershipSteps::partnership).toList();
    }

    /** The partnerships for which the caller may challenge, moderate and release feedback (once it has been submitted). */
    public List<String> moderatePartnerships() {
        return partnerships.stream().filter(PartnershipSteps::reviews).map(PartnershipSteps::partnership).toList();
    }

    /** The board's steps for one partnership; {@code decides} and {@code reviews} say which roles the caller holds for it. */
    public record PartnershipSteps(String partnership, boolean decides, boolean reviews, boolean canAccept, boolean canReturn,
            boolean canReopen, boolean canModerate, boolean canChallenge, boolean canReleaseFeedback) {
    }
}
