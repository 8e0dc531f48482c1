package org.bulletin.parse;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletin.model.Page;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;

import org.bulletin.text.SourceLines;
/** Reports {@code quiz::<id>[]} macros whose id names no quiz of the site, at the macro's line. */
public final class QuizEmbedCheck {

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "<div class=\"" + QuizMacro.PLACEHOLDER_CLASS + "\" data-quiz=\"([^\"]*)\">");

    private QuizEmbedCheck() {
    }

    /** @param sourceText the page's source, asked for only when a macro names no quiz (for its line) */
    public static void check(Page page, java.util.function.Supplier<String> sourceText, Set<String> quizIds,
                             Problems problems) {
        Matcher m = PLACEHOLDER.matcher(page.html());
        while (m.find()) {
            String id = m.group(1);
            if (!quizIds.contains(id)) {
                int line = SourceLines.lineOf(sourceText.get(), "quiz::" + id);
                problems.error(page.source(), line, quizIds.isEmpty() ? Text.of("quiz.embed-none", id)
                        : Text.of("quiz.embed-unknown", id, new TreeSet<>(quizIds)));
            }
        }
    }
}
