package org.bulletin.report;

import java.util.List;
import java.util.Locale;

/** Bar charts as inline SVG, drawn at build time: no chart script, readable when printed. */
public final class SvgCharts {

    private SvgCharts() {
    }

    /**
     * Vertical bars with a label under each and the value above.
     *
     * @param title accessible name
     */
    public static String columns(String title, List<String> labels, List<Long> values) {
        int n = labels.size();
        int w = 60 * Math.max(n, 1);
        long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(w)
                .append(" 220\" role=\"img\" aria-label=\"").append(esc(title)).append("\">");
        for (int i = 0; i < n; i++) {
            long v = values.get(i);
            int h = (int) Math.round(160.0 * v / max);
            int x = i * 60 + 10;
            s.append("<rect x=\"").append(x).append("\" y=\"").append(185 - h).append("\" width=\"40\" height=\"")
                    .append(h).append("\" fill=\"#a61b1b\"/>");
            s.append("<text x=\"").append(x + 20).append("\" y=\"").append(180 - h)
                    .append("\" text-anchor=\"middle\" font-size=\"14\">").append(v).append("</text>");
            s.append("<text x=\"").append(x + 20).append("\" y=\"205\" text-anchor=\"middle\" font-size=\"12\">")
                    .append(esc(labels.get(i))).append("</text>");
        }
        return s.append("</svg>").toString();
    }

    /**
     * Horizontal bars of percentages (0–100) with the label above each bar.
     *
     * @param title accessible name
     */
    public static String rows(String title, List<String> labels, List<Double> percents) {
        int n = labels.size();
        int h = 44 * Math.max(n, 1);
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 ").append(h)
                .append("\" role=\"img\" aria-label=\"").append(esc(title)).append("\">");
        for (int i = 0; i < n; i++) {
            double p = Math.max(0, Math.min(100, percents.get(i)));
            int y = i * 44;
            s.append("<text x=\"0\" y=\"").append(y + 14).append("\" font-size=\"14\">").append(esc(labels.get(i)))
                    .append("</text>");
            s.append("<rect x=\"0\" y=\"").append(y + 20).append("\" width=\"560\" height=\"16\" fill=\"#f4f6f8\"/>");
            s.append("<rect x=\"0\" y=\"").append(y + 20).append("\" width=\"")
                    .append(String.format(Locale.ROOT, "%.1f", 5.6 * p)).append("\" height=\"16\" fill=\"#1b6b2a\"/>");
            s.append("<text x=\"568\" y=\"").append(y + 33).append("\" font-size=\"14\">")
                    .append(String.format(Locale.ROOT, "%.1f%%", p)).append("</text>");
        }
        return s.append("</svg>").toString();
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
