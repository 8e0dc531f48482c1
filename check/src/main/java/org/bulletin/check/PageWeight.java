package org.bulletin.check;

/**
 * How much one page costs to load, each part gzipped as a server would send it. Images are not counted.
 *
 * @param page output path of the page
 * @param html gzipped bytes of the HTML
 * @param css  gzipped bytes of the stylesheets it links
 * @param js   gzipped bytes of the scripts it loads
 */
public record PageWeight(String page, long html, long css, long js) {

    public long total() {
        return html + css + js;
    }

    /** {@code 23.4 KB (HTML 5.1, CSS 6.0, JS 12.3)}. */
    public String describe() {
        return kb(total()) + " KB (HTML " + kb(html) + ", CSS " + kb(css) + ", JS " + kb(js) + ")";
    }

    static String kb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1024.0);
    }
}
