package org.bulletin.check;

import java.io.IOException;
import org.bulletin.problem.Severity;
import org.bulletin.problem.Text;
import org.bulletin.text.Urls;
import org.jsoup.nodes.Element;

/**
 * The site was built for a placeholder address (site.host left at {@code bulletin new}'s example.org, or
 * localhost): its canonical links — and its poster QR codes, feed and sitemap with them — point where
 * the site is not. One error, on the first page that carries it.
 */
final class PlaceholderHostCheck implements Check {

    @Override
    public String name() {
        return "site-host";
    }

    @Override
    public void run(OutputSite site, Findings findings) throws IOException {
        for (CheckedPage page : site.pages()) {
            for (Element link : page.doc().select("link[rel=canonical][href], meta[property=og:url][content]")) {
                String url = link.hasAttr("href") ? link.attr("href") : link.attr("content");
                String host = Urls.placeholderHost(url);
                if (host != null) {
                    findings.add(page, link, Severity.ERROR, Text.of("check.placeholder-host", host, url), null);
                    return;
                }
            }
        }
    }
}
