package org.bulletin.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;
import org.bulletin.text.SourceLines;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds emphasis the converter left as typed: a {@code *…*} or {@code `…`} pair (or {@code _…_} around
 * non-ASCII text) still in a page's text outside code, which readers would see with its marks. Each is
 * a warning at the line of the source that has it.
 */
final class VisibleMarkup {

    private static final Pattern PAIR = Pattern.compile("([*`])(?=[^\\s*`])([^*`\\n]{1,40}?)(?<=[^\\s*`])\\1"
            + "|(?<![\\p{Alnum}])_(?=[^\\s_])([^_\\n]*[^\\x00-\\x7F][^_\\n]*?)(?<=[^\\s_])_(?![\\p{Alnum}])");

    /**
     * What a {@link #PAIR} in a text node looks like in the page's HTML, loosely (entities make text longer,
     * {@code &#8217;} stands for a non-ASCII character): pages without it are not parsed at all, which is
     * most pages (Asciidoctor's {@code _ids} have no non-ASCII between two underscores in English text).
     */
    private static final Pattern CANDIDATE = Pattern.compile("([*`])[^*`\\n<]{1,400}?\\1|_[^_\\n<]*(?:[^\\x00-\\x7F]|&#)[^_\\n<]*_");

    private VisibleMarkup() {
    }

    /** Warns about every pair of marks shown as typed in {@code html}, converted from {@code source}. */
    static void check(String rel, String source, String html, Problems problems) {
        if (html == null || !CANDIDATE.matcher(html).find()) {
            return;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !inCode(t)) {
                    Matcher m = PAIR.matcher(t.getWholeText());
                    while (m.find()) {
                        if (seen.add(m.group())) {
                            warn(rel, source, m.group(), problems);
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, Jsoup.parseBodyFragment(html).body());
    }

    private static boolean inCode(TextNode t) {
        for (Element e = (Element) t.parent(); e != null; e = e.parent()) {
            String tag = e.normalName();
            if ("code".equals(tag) || "pre".equals(tag) || "kbd".equals(tag) || "script".equals(tag)
                    || "style".equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static void warn(String rel, String source, String shown, Problems problems) {
        String mark = shown.substring(0, 1);
        String doubled = mark + shown + mark;
        problems.warning(rel, SourceLines.lineOf(source, shown), Text.of("article.visible-markup", shown, mark, doubled));
    }
}
