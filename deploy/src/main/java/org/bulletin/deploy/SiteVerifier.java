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
import org.bulletin.problem.Text;

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
    List<Text> verify(String siteHost, Path output, List<String> pages, String index) throws InterruptedException {
        List<Text> problems = new ArrayList<>();
        check(URI.create(siteHost), output.resolve(index), problems);
        for (String page : pages) {
            if (problems.size() > 0) {
                break; // the first problem is usually the cause of the others
            }
            check(URI.create(siteHost).resolve(encode(page)), output.resolve(page), problems);
        }
        return problems;
    }

    private void check(URI url, Path local, List<Text> problems) throws InterruptedException {
        HttpResponse<byte[]> response;
        try {
            response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(20)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            problems.add(Text.of("deploy.verify.unreachable", url, e.getMessage() == null ? e.toString() : e.getMessage()));
            return;
        }
        int status = response.statusCode();
        if (status >= 300 && status < 400) {
            String location = response.headers().firstValue("Location").orElse("?");
            problems.add(Text.of("deploy.verify.redirect", url, status, location));
            return;
        }
        if (status != 200) {
            problems.add(Text.of("deploy.verify.status", url, status));
            return;
        }
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        String disposition = response.headers().firstValue("Content-Disposition").orElse("").toLowerCase(Locale.ROOT);
        if (disposition.startsWith("attachment") || !type.startsWith("text/html")) {
            problems.add(Text.of("deploy.verify.download", url, disposition.startsWith("attachment")
                    ? "Content-Disposition: attachment" : "Content-Type: " + (type.isEmpty() ? "none" : type)));
            return;
        }
        try {
            if (!Arrays.equals(response.body(), Files.readAllBytes(local))) {
                problems.add(Text.of("deploy.verify.differs", url, local.getFileName()));
            }
        } catch (IOException e) {
            problems.add(Text.of("deploy.cannot-read", local, e.getMessage()));
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
