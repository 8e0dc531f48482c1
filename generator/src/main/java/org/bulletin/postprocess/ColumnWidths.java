package org.bulletin.postprocess;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Asciidoctor writes table column widths as inline styles ({@code <col style="width: 25%;">}), which the
 * strict Content-Security-Policy ({@code style-src 'self'}) blocks. This step turns them into theme
 * classes {@code col-5} … {@code col-100} (widths rounded to 5%, defined in site.css), and drops the
 * table's own {@code width} style (tables fill the column on phones anyway).
 */
public final class ColumnWidths implements PageStep {

    private static final Pattern WIDTH = Pattern.compile("width:\\s*([0-9.]+)%");

    @Override
    public void apply(Document page, PageContext context) {
        for (Element col : page.select("col[style]")) {
            Matcher m = WIDTH.matcher(col.attr("style"));
            if (m.find()) {
                long step = Math.max(1, Math.min(20, Math.round(Double.parseDouble(m.group(1)) / 5)));
                col.addClass("col-" + step * 5);
            }
            col.removeAttr("style");
        }
        for (Element table : page.select("table.tableblock[style]")) {
            if (WIDTH.matcher(table.attr("style")).replaceAll("").replace(";", "").isBlank()) {
                table.removeAttr("style");
            }
        }
    }
}
