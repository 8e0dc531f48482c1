package org.bulletin.report;

import java.util.List;
import java.util.Locale;

/**
 * Bar charts drawn at build time: a list with each bar's label and value as text (the page's own size, so
 * they stay readable at 320 px with large text, and screen readers read them) and the bar itself as a
 * small SVG that stretches to the width. No chart script, readable when printed.
 */
public final class BarCharts {

    private static final String TRACK = "#f4f6f8";

    private BarCharts() {
    }

    /**
     * One bar per label, its length the count over the largest count (the score distribution).
     *
     * @param title accessible name
     */
    public static String columns(String title, List<String> labels, List<Long> values) {
        long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        StringBuilder s = open(title);
        for (int i = 0; i < labels.size(); i++) {
            long v = values.get(i);
            bar(s, labels.get(i), Long.toString(v), 100.0 * v / max, "#a61b1b");
        }
        return s.append("</ul>").toString();
    }

    /**
     * One bar per label, its length a percentage (0–100), shown beside it (right answers per question).
     *
     * @param title accessible name
     */
    public static String rows(String title, List<String> labels, List<Double> percents) {
        StringBuilder s = open(title);
        for (int i = 0; i < labels.size(); i++) {
            double p = Math.max(0, Math.min(100, percents.get(i)));
            bar(s, labels.get(i), String.format(Locale.ROOT, "%.1f%%", p), p, "#1b6b2a");
        }
        return s.append("</ul>").toString();
    }

    private static StringBuilder open(String title) {
        return new StringBuilder("<ul class=\"chart\" aria-label=\"").append(esc(title)).append("\">");
    }

    private static void bar(StringBuilder s, String label, String value, double length, String fill) {
        s.append("<li><span class=\"bar-label\">").append(esc(label)).append("</span> <span class=\"bar-value\">")
                .append(esc(value)).append("</span>")
                .append("<svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\" ")
                .append("focusable=\"false\"><rect width=\"100\" height=\"10\" fill=\"").append(TRACK)
                .append("\"/><rect width=\"").append(String.format(Locale.ROOT, "%.1f", length))
                .append("\" height=\"10\" fill=\"").append(fill).append("\"/></svg></li>");
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
