package org.bulletin.importer;

import java.util.List;

/**
 * Writes checked questions as a Bulletin quiz (docs/content/editors/quizzes.md): {@code [#qN]} sections, checklists for
 * choices, {@code [.answers]} lists for blanks, the explanation as a TIP. Text that AsciiDoc would read as
 * markup is passed through as it is ({@code pass:c[…]}), so nothing the organiser wrote is lost or formatted.
 */
final class QuizWriter {

    private QuizWriter() {
    }

    static String write(String title, List<CheckedQuestion> questions) {
        StringBuilder s = new StringBuilder("= ").append(inline(title)).append("\n:jbake-type: quiz\n");
        int n = 0;
        for (CheckedQuestion q : questions) {
            n++;
            s.append("\n[#q").append(n);
            if (q.points() != 1) {
                s.append(",points=").append(q.points());
            }
            if (!q.knowledge().isEmpty()) {
                s.append(",knowledge=\"").append(q.knowledge().replace("\"", "\\\"")).append('"');
            }
            s.append("]\n== ").append(inline(q.title())).append("\n\n");
            if (q.accepted().isEmpty()) {
                for (int i = 0; i < q.options().size(); i++) {
                    s.append("* [").append(q.correct().contains(i) ? 'x' : ' ').append("] ")
                            .append(inline(q.options().get(i))).append('\n');
                }
            } else {
                s.append(q.numerals() ? "[.answers.numerals]\n" : "[.answers]\n");
                q.accepted().forEach(a -> s.append("* ").append(a).append('\n'));
            }
            if (!q.explanation().isEmpty()) {
                s.append("\nTIP: ");
                for (int i = 0; i < q.explanation().size(); i++) {
                    s.append(i == 0 ? "" : " +\n").append(inline(q.explanation().get(i)));
                }
                s.append('\n');
            }
        }
        return s.toString();
    }

    /** Plain text as AsciiDoc inline text: as it is when nothing in it is markup, else passed through. */
    static String inline(String text) {
        if (text.matches("[\\p{L}\\p{N}\\p{Zs}，。？！、；：“”‘’（）《》【】…—,.?!()%/-]*") && !text.startsWith(".")
                && !text.contains("...") && !text.contains("--") && !text.matches(".*\\((C|R|TM)\\).*")) {
            return text;
        }
        return "pass:c[" + text.replace("]", "\\]") + "]";
    }
}
