package org.bulletin.parse;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bulletin.config.SiteConfig;
import org.bulletin.problem.Problems;

/**
 * Markdown to HTML as JBake does it: flexmark-java with pegdown's extension names from
 * {@code markdown.extensions} ({@code NAME}, {@code +NAME} adds, {@code -NAME} removes, {@code ALL}).
 * Bulletin's default is JBake's ({@code HARDWRAPS,AUTOLINKS,FENCED_CODE_BLOCKS,DEFINITIONS}) with
 * GitHub-style {@code TABLES}, {@code TASKLISTITEMS} and {@code STRIKETHROUGH}; headings get ids from their
 * text, as on a code host. One per worker thread.
 */
public final class MarkdownRenderer {

    public static final String KEY = "markdown.extensions";
    public static final String DEFAULT_EXTENSIONS =
            "HARDWRAPS,AUTOLINKS,FENCED_CODE_BLOCKS,DEFINITIONS,TABLES,TASKLISTITEMS,STRIKETHROUGH";

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer(SiteConfig config) {
        // headings get ids from their text, as on a code host (## The format -> id="the-format", a repeat
        // -> the-format-1), so links written for one work on the site; HeadingAnchors adds the visible link
        DataHolder options = new MutableDataSet(PegdownOptionsAdapter.flexmarkOptions(extensions(config, null)))
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true)
                .toImmutable();
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** Reports names in {@code markdown.extensions} that are not pegdown extensions (once per build). */
    public static void check(SiteConfig config, Problems problems) {
        extensions(config, problems);
    }

    public Node parse(String markdown) {
        return parser.parse(markdown);
    }

    public String render(Node document) {
        return renderer.render(document);
    }

    static int extensions(SiteConfig config, Problems problems) {
        int flags = PegdownExtensions.NONE;
        List<String> unknown = new ArrayList<>();
        for (String item : config.get(KEY, DEFAULT_EXTENSIONS).split(",")) {
            String name = item.strip().toUpperCase(Locale.ROOT);
            boolean remove = name.startsWith("-");
            if (remove || name.startsWith("+")) {
                name = name.substring(1);
            }
            if (name.isEmpty()) {
                continue;
            }
            Integer flag = flag(name);
            if (flag == null) {
                unknown.add(item.strip());
            } else {
                flags = remove ? flags & ~flag : flags | flag;
            }
        }
        if (problems != null && !unknown.isEmpty()) {
            problems.warning(org.bulletin.config.ConfigLoader.FILE, config.line(KEY),
                    org.bulletin.problem.Text.of("config.markdown-extension", String.join(", ", unknown), KEY,
                            DEFAULT_EXTENSIONS));
        }
        return flags;
    }

    private static Integer flag(String name) {
        try {
            java.lang.reflect.Field f = PegdownExtensions.class.getField(name);
            return f.getType() == int.class ? f.getInt(null) : null;
        } catch (NoSuchFieldException | IllegalAccessException e) {
            return null;
        }
    }
}
