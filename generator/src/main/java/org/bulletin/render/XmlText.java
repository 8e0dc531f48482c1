package org.bulletin.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thymeleaf's XML mode writes every non-ASCII character as a numeric reference; a Chinese feed then
 * triples in size and is unreadable. This turns references back into UTF-8 characters, except those
 * that are markup ({@code < > & " '}) or not allowed in XML 1.0.
 */
final class XmlText {

    private static final Pattern REF = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);");

    private XmlText() {
    }

    static String readable(String xml) {
        Matcher m = REF.matcher(xml);
        StringBuilder out = new StringBuilder(xml.length());
        while (m.find()) {
            String n = m.group(1);
            int cp = n.startsWith("x") ? Integer.parseInt(n.substring(1), 16) : Integer.parseInt(n);
            boolean keep = cp == '<' || cp == '>' || cp == '&' || cp == '"' || cp == '\'' || !allowed(cp);
            m.appendReplacement(out, Matcher.quoteReplacement(keep ? m.group() : new String(Character.toChars(cp))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }
}
