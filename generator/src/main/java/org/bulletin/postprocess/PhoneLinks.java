package org.bulletin.postprocess;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Makes the phone numbers in a page's text tappable {@code tel:} links, so a resident can call the
 * centre with one tap (the pages say {@code format-detection=telephone=no}, so phones do not guess).
 * Numbers are mainland Chinese ones: mobiles ({@code 139 0000 0000}), landlines with area code
 * ({@code 0591-8765 4321}, {@code (0591) 87654321}) and service numbers ({@code 400-123-4567},
 * {@code 95588}-style short numbers are left alone), optionally after {@code +86}. Never inside links,
 * code, form fields, scripts or the head; the text itself is kept as written.
 */
public final class PhoneLinks implements PageStep {

    static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.+-])(?:\\+86[ -]?)?(?:"
                    + "1[3-9]\\d(?:[ -]?\\d{4}){2}"                          // mobile, 11 digits
                    + "|(?:0\\d{2,3}|[(（]0\\d{2,3}[)）])[ -]?\\d{3,4}[ -]?\\d{4}" // landline with area code
                    + "|[48]00[ -]?\\d{3}[ -]?\\d{4}"                          // 400 / 800 service numbers
                    + ")(?![\\w.-]|[ -]\\d)");

    private static final Set<String> SKIPPED = Set.of("a", "code", "pre", "kbd", "samp", "script", "style",
            "textarea", "input", "select", "option", "button", "title", "head", "svg", "time");

    @Override
    public void apply(Document page, PageContext context) {
        List<TextNode> found = new ArrayList<>();
        collect(page.body(), found);
        for (TextNode text : found) {
            link(text);
        }
    }

    private static void collect(Element element, List<TextNode> found) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                if (NUMBER.matcher(text.getWholeText()).find()) {
                    found.add(text);
                }
            } else if (child instanceof Element e && !SKIPPED.contains(e.normalName())) {
                collect(e, found);
            }
        }
    }

    private static void link(TextNode text) {
        String whole = text.getWholeText();
        Matcher m = NUMBER.matcher(whole);
        List<Node> parts = new ArrayList<>();
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(new TextNode(whole.substring(at, m.start())));
            }
            Element a = new Element("a").attr("href", "tel:" + dialled(m.group())).addClass("tel");
            a.appendChild(new TextNode(m.group()));
            parts.add(a);
            at = m.end();
        }
        if (at < whole.length()) {
            parts.add(new TextNode(whole.substring(at)));
        }
        for (Node part : parts) {
            text.before(part);
        }
        text.remove();
    }

    /** The number as dialled: digits only, with a leading {@code +} kept. */
    static String dialled(String written) {
        StringBuilder s = new StringBuilder();
        for (char c : written.toCharArray()) {
            if (Character.isDigit(c) || (c == '+' && s.length() == 0)) {
                s.append(c);
            }
        }
        return s.toString();
    }
}
