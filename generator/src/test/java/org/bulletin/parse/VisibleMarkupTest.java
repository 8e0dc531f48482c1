package org.bulletin.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Problems;
import org.junit.jupiter.api.Test;

/**
 * Marks left visible in a page are found in its HTML, also where entities stand for characters, and pages
 * without any are not parsed for nothing.
 */
class VisibleMarkupTest {

    @Test
    void marksLeftInTheTextAreWarnedAtTheirLine() {
        assertThat(found("= T\n\n社工*不*轻信\n", "<div id=\"_x\"><p>社工*不*轻信</p></div>"))
                .containsExactly("a.adoc:3: '*不*' is shown with its * marks on the page: write '**不**' (doubled marks "
                        + "work beside any character), or put \\ before a mark that should be seen");
        assertThat(found("x\n`y` z\n", "<p>a `y` z</p>")).hasSize(1);
        assertThat(found("x\n*a & b*\n", "<p>*a &amp; b*</p>")).hasSize(1);
        assertThat(found("x\n_社区’s_\n", "<p>x _社区&#8217;s_ y</p>")).hasSize(1);
        assertThat(found("x\n_it&#8217;s_\n", "<p>x _it&#8217;s_ y</p>")).hasSize(1);
    }

    @Test
    void codeIdsAndPlainTextAreLeftAlone() {
        assertThat(found("x", "<div class=\"sect1\" id=\"_section_one\"><h2 id=\"_two_words\">A</h2><p>plain</p></div>")).isEmpty();
        assertThat(found("x", "<pre><code>*x* and `y`</code></pre><p>a * b * c</p>")).isEmpty();
        assertThat(found("x", null)).isEmpty();
    }

    private static List<String> found(String source, String html) {
        Problems problems = new Problems();
        VisibleMarkup.check("a.adoc", source, html, problems);
        return problems.sorted().stream().map(Problem::format).toList();
    }
}
