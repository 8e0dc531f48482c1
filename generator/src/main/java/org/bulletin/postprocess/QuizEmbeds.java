package org.bulletin.postprocess;

import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Replaces the placeholders left by {@code quiz::id[]} with the quiz itself and adds the quiz script and
 * style sheet to the page head. Runs before {@link LinkRewriter}, so the added links become relative.
 */
public final class QuizEmbeds implements PageStep {

    private final Function<String, String> embeds;
    private final List<String> scripts;
    private final List<String> styles;

    /**
     * @param embeds  quiz id → quiz block HTML, or null for an unknown id (thread-safe; asked only for
     *                quizzes a page embeds)
     * @param scripts site-root script paths the quiz needs
     * @param styles  site-root style sheet paths the quiz needs
     */
    public QuizEmbeds(Function<String, String> embeds, List<String> scripts, List<String> styles) {
        this.embeds = embeds;
        this.scripts = List.copyOf(scripts);
        this.styles = List.copyOf(styles);
    }

    @Override
    public void apply(Document page, PageContext context) {
        boolean found = false;
        for (Element placeholder : page.select("div.quiz-embed[data-quiz]")) {
            String html = embeds.apply(placeholder.attr("data-quiz"));
            if (html != null) {
                placeholder.before(html);
                placeholder.remove();
                found = true;
            }
        }
        if (!found) {
            return;
        }
        for (String style : styles) {
            if (page.head().selectFirst("link[href=" + style + "]") == null) {
                page.head().appendElement("link").attr("rel", "stylesheet").attr("href", style);
            }
        }
        for (String script : scripts) {
            if (page.head().selectFirst("script[src=" + script + "]") == null) {
                page.head().appendElement("script").attr("src", script).attr("defer", true);
            }
        }
    }
}
