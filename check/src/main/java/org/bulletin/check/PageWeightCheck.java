package org.bulletin.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.bulletin.problem.Severity;
import org.bulletin.problem.Text;
import org.jsoup.nodes.Element;

/**
 * Each page's weight (its HTML, the stylesheets it links and the scripts it loads, each gzipped as a
 * server sends it; images not counted) stays within the budget, for residents on weak mobile networks.
 */
final class PageWeightCheck implements Check {

    private final int budgetKb;
    private final Map<String, Long> gzipped = new HashMap<>();
    private final List<PageWeight> weights = new ArrayList<>();

    PageWeightCheck(int budgetKb) {
        this.budgetKb = budgetKb;
    }

    @Override
    public String name() {
        return "weight";
    }

    /** Every page's weight, heaviest first (ties by path). */
    List<PageWeight> weights() {
        return weights.stream()
                .sorted(Comparator.comparingLong(PageWeight::total).reversed().thenComparing(PageWeight::page))
                .toList();
    }

    @Override
    public void run(OutputSite site, Findings findings) throws IOException {
        for (CheckedPage page : site.pages()) {
            long html = gzip(page.html().getBytes(StandardCharsets.UTF_8));
            long css = 0;
            long js = 0;
            Set<String> counted = new LinkedHashSet<>();
            for (Element link : page.doc().select("link[href]")) {
                if (link.attr("rel").toLowerCase(Locale.ROOT).contains("stylesheet")) {
                    css += size(site, page, link.attr("href"), counted);
                }
            }
            for (Element script : page.doc().select("script[src]")) {
                js += size(site, page, script.attr("src"), counted);
            }
            PageWeight w = new PageWeight(page.path(), html, css, js);
            weights.add(w);
            if (w.total() > budgetKb * 1024L) {
                findings.add(page, 0, false, Severity.ERROR, Text.of("check.page-weight", w.describe(), budgetKb), null);
            }
        }
    }

    private long size(OutputSite site, CheckedPage page, String url, Set<String> counted) throws IOException {
        if (!OutputSite.isInternal(url)) {
            return 0;
        }
        String path = site.resolve(page.path(), url).path();
        if (path == null || !site.exists(path) || !counted.add(path)) {
            return 0;
        }
        Long size = gzipped.get(path);
        if (size == null) {
            size = gzip(site.bytes(path));
            gzipped.put(path, size);
        }
        return size;
    }

    static long gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.size();
    }
}
