package org.bulletin.importer;

import java.util.List;
import java.util.Set;

/**
 * A question that can be written: a choice question ({@code correct} not empty) or a blank ({@code accepted}).
 *
 * @param title       the question
 * @param options     the options' texts, empty for a blank
 * @param correct     indexes of the right options
 * @param accepted    a blank's accepted answers
 * @param numerals    a blank whose answer is a number: Chinese and Arabic numerals count alike
 * @param explanation lines of the explanation, may be empty
 * @param points      weight, 1 when not given
 * @param knowledge   knowledge point, or empty
 */
record CheckedQuestion(String title, List<String> options, Set<Integer> correct, List<String> accepted,
                       boolean numerals, List<String> explanation, int points, String knowledge) {

    CheckedQuestion {
        options = List.copyOf(options);
        correct = Set.copyOf(correct);
        accepted = List.copyOf(accepted);
        explanation = List.copyOf(explanation);
    }
}
