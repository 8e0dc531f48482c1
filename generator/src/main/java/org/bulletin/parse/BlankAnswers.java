package org.bulletin.parse;

import java.util.ArrayList;
import java.util.List;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.StructuralNode;
import org.bulletin.model.BlankAnswer;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;

/**
 * A fill-in-the-blank question's accepted answers: the list with role {@code answers} under the question,
 * one accepted answer a line, written as the resident would type it ({@code [.answers.numerals]} also
 * accepts Chinese numerals for Arabic ones and back).
 */
final class BlankAnswers {

    /** What the list holds. */
    record Read(List<String> accepted, boolean numerals) {
    }

    private BlankAnswers() {
    }

    static boolean isAnswerList(StructuralNode block) {
        return "ulist".equals(block.getContext()) && block instanceof org.asciidoctor.ast.List && block.hasRole("answers");
    }

    static Read read(String rel, String title, org.asciidoctor.ast.List list, Problems problems) {
        boolean numerals = list.hasRole("numerals");
        List<String> accepted = new ArrayList<>();
        for (StructuralNode node : list.getItems()) {
            ListItem item = (ListItem) node;
            int line = item.getSourceLocation() == null ? 1 : item.getSourceLocation().getLineNumber();
            String text = item.getSource() == null ? "" : item.getSource().strip();
            if (item.hasAttribute("checkbox")) {
                problems.error(rel, line, Text.of("quiz.answer-box", title));
            } else if (!item.getBlocks().isEmpty() || text.contains("\n")) {
                problems.error(rel, line, Text.of("quiz.answer-lines", title));
            } else if (BlankAnswer.normalise(text, numerals).isEmpty()) {
                problems.error(rel, line, Text.of("quiz.answer-empty", title));
            } else {
                accepted.add(text);
            }
        }
        if (accepted.isEmpty() && list.getItems().isEmpty()) {
            problems.error(rel, line(list), Text.of("quiz.answers-empty", title));
        }
        return new Read(accepted, numerals);
    }

    private static int line(StructuralNode node) {
        return node.getSourceLocation() == null ? 1 : node.getSourceLocation().getLineNumber();
    }
}
