package org.jointboard.assessment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jointboard.partnership.Serves;
import org.jointboard.common.RejectedCommand;
import org.jointboard.partnership.OrganisationKind;

/** What a framework edition says: who it is for, its rating scale and its sections, standards and questions. */
public record FrameworkContent(String title, String description, Serves serves, Set<OrganisationKind> organisationKinds,
        List<RatingLevel> ratingScale, List<FrameworkSection> sections, List<String> signOffs) {

    /** @param signOffs who must sign a return off before it is submitted, for example "Head teacher" */
    public FrameworkContent {
        signOffs = signOffs == null ? List.of() : List.copyOf(signOffs);
        organisationKinds = Set.copyOf(organisationKinds);
        ratingScale = List.copyOf(ratingScale);
        sections = List.copyOf(sections);
    }

    /** Refuses content a return could not be built on, naming the input field at fault. */
    void check() {
        Set<String> levels = new HashSet<>();
        for (int i = 0; i < ratingScale.size(); i++) {
            if (!levels.add(ratingScale.get(i).value())) {
                throw new RejectedCommand("framework.ratingScale[" + i + "].value", "Each rating value must be different");
            }
        }
        Set<String> codes = new HashSet<>();
        for (int s = 0; s < sections.size(); s++) {
            FrameworkSection section = sections.get(s);
            String sectionPath = "framework.sections[" + s + "]";
            unique(codes, section.code(), sectionPath + ".code");
            for (int t = 0; t < section.standards().size(); t++) {
                Standard standard = section.standards().get(t);
                String standardPath = sectionPath + ".standards[" + t + "]";
                unique(codes, standard.code(), standardPath + ".code");
                long ratings = standard.questions().stream().filter(q -> q.answerType() == AnswerType.RATING).count();
                if (ratings != 1) {
                    throw new RejectedCommand(standardPath + ".questions",
                            "A standard needs exactly one rating question (its self-rating); " + standard.code() + " has " + ratings);
                }
                for (int q = 0; q < standard.questions().size(); q++) {
                    check(standard.questions().get(q), standardPath + ".questions[" + q + "]", codes);
                }
            }
        }
        checkReplaced(codes);
    }

    /** A question may take over earlier editions' codes, but not a code this edition still uses, nor one another question took. */
    private void checkReplaced(Set<String> codes) {
        Set<String> taken = new HashSet<>();
        for (int s = 0; s < sections.size(); s++) {
            for (int t = 0; t < sections.get(s).standards().size(); t++) {
                List<Question> questions = sections.get(s).standards().get(t).questions();
                for (int q = 0; q < questions.size(); q++) {
                    for (int r = 0; r < questions.get(q).replaces().size(); r++) {
                        String old = questions.get(q).replaces().get(r);
                        String field = "framework.sections[" + s + "].standards[" + t + "].questions[" + q + "].replaces[" + r + "]";
                        if (codes.contains(old)) {
                            throw new RejectedCommand(field, old + " is a question of this edition: a question replaces only earlier editions' codes");
                        }
                        if (!taken.add(old + "→" + questions.get(q).code())) {
                            throw new RejectedCommand(field, old + " is given twice for " + questions.get(q).code());
                        }
                    }
                }
            }
        }
    }

    private static void check(Question question, String path, Set<String> codes) {
        unique(codes, question.code(), path + ".code");
        if (question.answerType() == AnswerType.CHOICE && question.choices().size() < 2) {
            throw new RejectedCommand(path + ".choices", "A choice question needs at least two choices");
        }
        if (question.minimum() != null && question.maximum() != null && question.minimum() > question.maximum()) {
            throw new RejectedCommand(path + ".maximum", "The maximum is below the minimum");
        }
    }

    private static void unique(Set<String> codes, String code, String field) {
        if (!codes.add(code)) {
            throw new RejectedCommand(field, "The code " + code + " is used twice in this framework");
        }
    }
}
