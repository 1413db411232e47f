package org.jointboard.assessment;

import org.jointboard.partnership.Serves;
import java.util.List;
import java.util.Set;

/**
 * A question of a standard.
 *
 * @param serves which board's assurance the answer serves; BOTH lets one return answer for both boards
 * @param establishmentTypes if not empty, the question applies only to organisations of these establishment types
 *     (for example the s157 questions of the schools' audit)
 * @param replaces codes this question had in earlier editions (renamed, or split into several): last cycle's answer to
 *     one of them is carried forward into it
 */
public record Question(String code, String text, String guidance, AnswerType answerType, boolean required, Serves serves,
        List<String> choices, Double minimum, Double maximum, Set<String> establishmentTypes, List<String> replaces) {

    public Question {
        replaces = replaces == null ? List.of() : List.copyOf(replaces);
        choices = choices == null ? List.of() : List.copyOf(choices);
        establishmentTypes = establishmentTypes == null ? Set.of() : Set.copyOf(establishmentTypes);
        serves = serves == null ? Serves.BOTH : serves;
    }

    /** Whether the question is asked of a return serving {@code target} from an organisation of this establishment type. */
    public boolean appliesTo(Serves target, String establishmentType) {
        return serves.appliesTo(target) && (establishmentTypes.isEmpty() || establishmentTypes.contains(establishmentType));
    }
}
