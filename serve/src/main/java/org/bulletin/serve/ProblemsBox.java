package org.bulletin.serve;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The box that {@code bulletin serve} puts at the top of every page it serves while the last build
 * failed: the problems, and that the page is the last good build. In the page's language (its
 * {@code <html lang>}: Chinese for zh*, English otherwise), styled by {@value #STYLESHEET} (a file, so the
 * strict CSP holds) and readable on a 320 px phone. livereload.js builds the same box when a build
 * fails while a page is open. Never part of built sites.
 */
final class ProblemsBox {

    static final String STYLESHEET = "problems.css";
    private static final Pattern BODY = Pattern.compile("<body\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LANG = Pattern.compile("<html\\b[^>]*\\blang=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private ProblemsBox() {
    }

    /** The page with the box as the first thing in its body, or the page unchanged when there are no problems. */
    static byte[] inject(byte[] html, String problems) {
        if (problems == null) {
            return html;
        }
        String page = new String(html, StandardCharsets.UTF_8);
        Matcher lang = LANG.matcher(page);
        String box = box(problems, lang.find() ? lang.group(1) : "");
        Matcher body = BODY.matcher(page);
        String out = body.find() ? page.substring(0, body.end()) + box + page.substring(body.end()) : box + page;
        return out.getBytes(StandardCharsets.UTF_8);
    }

    /** A page of its own, for when no build has succeeded yet. */
    static byte[] page(String problems) {
        return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><title>Build failed</title></head><body>"
                + box(problems, "") + "</body></html>\n").getBytes(StandardCharsets.UTF_8);
    }

    static String box(String problems, String lang) {
        boolean zh = lang.toLowerCase(Locale.ROOT).startsWith("zh");
        String title = zh ? "构建失败：页面仍是上一次成功构建的内容" : "The build failed: this page is from the last good build";
        String hint = zh ? "修正下面的问题并保存，页面会自动刷新。" : "Fix the problems below and save: the page reloads by itself.";
        return "<link rel=\"stylesheet\" href=\"" + StaticSiteServer.RELOAD_PATH + STYLESHEET + "\">"
                + "<div id=\"bulletin-problems\" class=\"bulletin-problems\" role=\"alert\" lang=\""
                + (zh ? "zh-CN" : "en") + "\"><p class=\"bulletin-problems-title\">" + title
                + "</p><p class=\"bulletin-problems-hint\">" + hint + "</p><pre class=\"bulletin-problems-list\">"
                + escape(problems) + "</pre></div>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
