package org.bulletin.check;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** CSS colours: parsing, alpha blending and the WCAG 2 contrast ratio. */
final class Colors {

    /** An sRGB colour with 0–255 channels and 0–1 alpha. */
    record Rgb(double r, double g, double b, double a) {

        static final Rgb WHITE = new Rgb(255, 255, 255, 1);
        static final Rgb BLACK = new Rgb(0, 0, 0, 1);

        /** This colour drawn over an opaque background. */
        Rgb over(Rgb bg) {
            if (a >= 1) {
                return this;
            }
            return new Rgb(r * a + bg.r * (1 - a), g * a + bg.g * (1 - a), b * a + bg.b * (1 - a), 1);
        }

        double luminance() {
            return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
        }

        private static double channel(double c) {
            double s = c / 255.0;
            return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }

        String hex() {
            return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(r), Math.round(g), Math.round(b));
        }
    }

    private static final Map<String, Rgb> NAMED = Map.ofEntries(
            Map.entry("white", Rgb.WHITE), Map.entry("black", Rgb.BLACK),
            Map.entry("transparent", new Rgb(0, 0, 0, 0)), Map.entry("red", new Rgb(255, 0, 0, 1)),
            Map.entry("green", new Rgb(0, 128, 0, 1)), Map.entry("blue", new Rgb(0, 0, 255, 1)),
            Map.entry("gray", new Rgb(128, 128, 128, 1)), Map.entry("grey", new Rgb(128, 128, 128, 1)),
            Map.entry("silver", new Rgb(192, 192, 192, 1)), Map.entry("yellow", new Rgb(255, 255, 0, 1)),
            Map.entry("orange", new Rgb(255, 165, 0, 1)), Map.entry("navy", new Rgb(0, 0, 128, 1)),
            Map.entry("maroon", new Rgb(128, 0, 0, 1)), Map.entry("lightgray", new Rgb(211, 211, 211, 1)),
            Map.entry("lightgrey", new Rgb(211, 211, 211, 1)), Map.entry("darkgray", new Rgb(169, 169, 169, 1)));

    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3,8})\\b");
    private static final Pattern RGB = Pattern.compile("rgba?\\(([^)]*)\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("\\b([a-zA-Z]+)\\b");

    private Colors() {
    }

    /** WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
    static double ratio(Rgb a, Rgb b) {
        double l1 = a.luminance();
        double l2 = b.luminance();
        return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    }

    /** The colour in a value ({@code #c00}, {@code rgb(…)}, a few names), or null. */
    static Rgb parse(String value) {
        String v = value.strip();
        Matcher hex = HEX.matcher(v);
        if (hex.find()) {
            return hex(hex.group(1));
        }
        Matcher rgb = RGB.matcher(v);
        if (rgb.find()) {
            String[] p = rgb.group(1).replace("/", " ").replace(",", " ").strip().split("\\s+");
            if (p.length >= 3) {
                double a = p.length >= 4 ? number(p[3], 1) : 1;
                return new Rgb(number(p[0], 255), number(p[1], 255), number(p[2], 255), a);
            }
            return null;
        }
        Matcher word = WORD.matcher(v);
        while (word.find()) {
            Rgb named = NAMED.get(word.group(1).toLowerCase(Locale.ROOT));
            if (named != null) {
                return named;
            }
        }
        return null;
    }

    private static double number(String s, double scale) {
        if (s.endsWith("%")) {
            return Double.parseDouble(s.substring(0, s.length() - 1)) / 100.0 * scale;
        }
        return Double.parseDouble(s);
    }

    private static Rgb hex(String h) {
        String s = h;
        if (s.length() == 3 || s.length() == 4) {
            StringBuilder b = new StringBuilder();
            for (char c : s.toCharArray()) {
                b.append(c).append(c);
            }
            s = b.toString();
        }
        if (s.length() != 6 && s.length() != 8) {
            return null;
        }
        double a = s.length() == 8 ? Integer.parseInt(s.substring(6, 8), 16) / 255.0 : 1;
        return new Rgb(Integer.parseInt(s.substring(0, 2), 16), Integer.parseInt(s.substring(2, 4), 16),
                Integer.parseInt(s.substring(4, 6), 16), a);
    }
}
