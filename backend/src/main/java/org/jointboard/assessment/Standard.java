package org.jointboard.assessment;

import java.util.List;

/** A standard to assess against. Exactly one of its questions is the RATING question: the standard's self-rating. */
public record Standard(String code, String title, String guidance, List<Question> questions) {

    public Standard {
        questions = List.copyOf(questions);
    }

    public Question ratingQuestion() {
        return questions.stream().filter(q -> q.answerType() == AnswerType.RATING).findFirst().orElseThrow();
    }
}
