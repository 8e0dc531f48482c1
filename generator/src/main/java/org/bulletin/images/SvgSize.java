package org.bulletin.images;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The size an SVG declares on its root element (width/height in px, else the viewBox), or 0 × 0. */
final class SvgSize {

    private static final Pattern ROOT = Pattern.compile("<svg\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern WIDTH = Pattern.compile("\\swidth\\s*=\\s*[\"']\\s*([0-9.]+)\\s*(px)?\\s*[\"']");
    private static final Pattern HEIGHT = Pattern.compile("\\sheight\\s*=\\s*[\"']\\s*([0-9.]+)\\s*(px)?\\s*[\"']");
    private static final Pattern VIEWBOX = Pattern.compile(
            "\\sviewBox\\s*=\\s*[\"']\\s*[-0-9.]+[\\s,]+[-0-9.]+[\\s,]+([0-9.]+)[\\s,]+([0-9.]+)\\s*[\"']");

    private SvgSize() {
    }

    static SourceReader.Size of(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.UTF_8);
        Matcher root = ROOT.matcher(text);
        if (!root.find()) {
            return new SourceReader.Size(0, 0);
        }
        String tag = root.group();
        Matcher w = WIDTH.matcher(tag);
        Matcher h = HEIGHT.matcher(tag);
        if (w.find() && h.find()) {
            return new SourceReader.Size(round(w.group(1)), round(h.group(1)));
        }
        Matcher box = VIEWBOX.matcher(tag);
        if (box.find()) {
            return new SourceReader.Size(round(box.group(1)), round(box.group(2)));
        }
        return new SourceReader.Size(0, 0);
    }

    private static int round(String number) {
        try {
            return (int) Math.round(Double.parseDouble(number));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
