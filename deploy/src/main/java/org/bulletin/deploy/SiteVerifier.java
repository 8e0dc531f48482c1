package org.bulletin.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The check after deploying: fetches the site's address ({@code site.host}) and a few pages as a
 * visitor would and compares them with what was uploaded. Fails, in plain words, when a page comes back
 * as a download (the COS/OSS default-domain case), when it differs from the uploaded file, when the site
 * answers under another address, or cannot be reached.
 */
final class SiteVerifier {

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /**
     * @param siteHost the site's address, ending with {@code /}
     * @param output   the built site
     * @param pages    site paths of pages to fetch besides the home page
     * @param index    the home page's site path ({@code index.html})
     * @return the problems, empty when the site is served right
     */
    List<String> verify(String siteHost, Path output, List<String> pages, String index) throws InterruptedException {
        List<String> problems = new ArrayList<>();
        check(URI.create(siteHost), output.resolve(index), problems);
        for (String page : pages) {
            if (problems.size() > 0) {
                break; // the first problem is usually the cause of the others
            }
            check(URI.create(siteHost).resolve(encode(page)), output.resolve(page), problems);
        }
        return problems;
    }

    private void check(URI url, Path local, List<String> problems) throws InterruptedException {
        HttpResponse<byte[]> response;
        try {
            response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(20)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            problems.add(url + " cannot be fetched (" + (e.getMessage() == null ? e.toString() : e.getMessage())
                    + "): is site.host right and its DNS set up? (--no-verify skips this check, e.g. for a "
                    + "host not reachable from CI)");
            return;
        }
        int status = response.statusCode();
        if (status >= 300 && status < 400) {
            String location = response.headers().firstValue("Location").orElse("?");
            problems.add(url + " answers with a redirect (" + status + ") to " + location + ": the site answers "
                    + "under another address than site.host; set site.host to the address visitors use, or fix "
                    + "the domain's settings (links, the feed and the sitemap use site.host)");
            return;
        }
        if (status != 200) {
            problems.add(url + " answers HTTP " + status + ": check the bucket's static website setting (index "
                    + "document index.html, error document 404.html) and that everyone may read it (public-read)");
            return;
        }
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        String disposition = response.headers().firstValue("Content-Disposition").orElse("").toLowerCase(Locale.ROOT);
        if (disposition.startsWith("attachment") || !type.startsWith("text/html")) {
            problems.add(url + " is served as a download ("
                    + (disposition.startsWith("attachment") ? "Content-Disposition: attachment" : "Content-Type: "
                    + (type.isEmpty() ? "none" : type)) + "), so browsers and WeChat save it instead of showing "
                    + "the page. The default domains of Tencent COS (buckets since 2024) and Aliyun OSS do this: "
                    + "use a custom domain with ICP filing (备案), and set site.host to it (manual, 'Publishing and deploy')");
            return;
        }
        try {
            if (!Arrays.equals(response.body(), Files.readAllBytes(local))) {
                problems.add(url + " differs from the uploaded " + local.getFileName() + ": a CDN or proxy still "
                        + "serves an older copy (purge its cache for HTML; Bulletin sends no-cache), or site.host "
                        + "points at another site");
            }
        } catch (IOException e) {
            problems.add("cannot read " + local + ": " + e.getMessage());
        }
    }

    private static String encode(String path) {
        StringBuilder b = new StringBuilder();
        for (String part : path.split("/")) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(java.net.URLEncoder.encode(part, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return b.toString();
    }
}
