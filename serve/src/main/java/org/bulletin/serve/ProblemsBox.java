package org.bulletin.serve;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletin.problem.Text;

/**
 * The box that {@code bulletin serve} puts at the top of every page it serves while the last build
 * failed: the problems, and that the page is the last good build. In the build's language (the site's
 * {@code site.locale}, or {@code --lang}), from the message catalogue; styled by {@value #STYLESHEET} (a
 * file, so the strict CSP holds) and readable on a 320 px phone. livereload.js builds the same box, with
 * the same words sent to it ({@link Shown#event()}), when a build fails while a page is open. Never part of
 * built sites.
 */
final class ProblemsBox {

    static final String STYLESHEET = "problems.css";
    private static final Pattern BODY = Pattern.compile("<body\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    /**
     * The problems of a failed build as shown.
     *
     * @param problems the problems, one a line, already in {@code language}
     * @param language the build's language
     */
    record Shown(String problems, Locale language) {

        String tag() {
            return language.getLanguage().equals("zh") ? "zh-CN" : "en";
        }

        String title() {
            return Text.of("serve.box-title").in(language);
        }

        String hint() {
            return Text.of("serve.box-hint").in(language);
        }

        /** What the page's script is sent: the language, the title and the hint on a line each, then the problems. */
        String event() {
            return tag() + "\n" + title() + "\n" + hint() + "\n" + problems;
        }
    }

    private ProblemsBox() {
    }

    /** The page with the box as the first thing in its body, or the page unchanged when there are no problems. */
    static byte[] inject(byte[] html, Shown problems) {
        if (problems == null) {
            return html;
        }
        String page = new String(html, StandardCharsets.UTF_8);
        String box = box(problems);
        Matcher body = BODY.matcher(page);
        String out = body.find() ? page.substring(0, body.end()) + box + page.substring(body.end()) : box + page;
        return out.getBytes(StandardCharsets.UTF_8);
    }

    /** A page of its own, for when no build has succeeded yet. */
    static byte[] page(Shown problems) {
        return ("<!DOCTYPE html>\n<html lang=\"" + problems.tag() + "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><title>" + escape(Text.of("serve.page-title").in(problems.language()))
                + "</title></head><body>" + box(problems) + "</body></html>\n").getBytes(StandardCharsets.UTF_8);
    }

    static String box(Shown problems) {
        return "<link rel=\"stylesheet\" href=\"" + StaticSiteServer.RELOAD_PATH + STYLESHEET + "\">"
                + "<div id=\"bulletin-problems\" class=\"bulletin-problems\" role=\"alert\" lang=\""
                + problems.tag() + "\"><p class=\"bulletin-problems-title\">" + escape(problems.title())
                + "</p><p class=\"bulletin-problems-hint\">" + escape(problems.hint()) + "</p><pre class=\"bulletin-problems-list\">"
                + escape(problems.problems()) + "</pre></div>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
