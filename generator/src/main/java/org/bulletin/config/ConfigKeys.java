package org.bulletin.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every key of {@code jbake.properties} that Bulletin reads: the one table behind the loader's
 * "unknown key, did you mean …" warning and the manual's configuration reference
 * ({@code docs/content/reference/configuration.md}, generated from it by a test). A key added to the code
 * belongs here, with what it means and its default.
 */
public final class ConfigKeys {

    /**
     * @param name     the key ({@code site.title})
     * @param meaning  what it does, in Markdown; links are relative to the reference page
     * @param fallback the value when it is not set, in Markdown
     */
    public record Key(String name, String meaning, String fallback) {
    }

    private static final String JBAKE_FOLDERS = "JBake's, read through jbake-core; see "
            + "[A site folder](../editors/site-folder.html)";

    /** In the order of the reference page. */
    public static final List<Key> ALL = List.of(
            key("site.title", "name of the site, in every page title and the header", "`Bulletin`"),
            key("site.host", "the address the site is published at, with its path: canonical links, Open Graph, "
                    + "feed, sitemap, QR codes; a placeholder (example.org, localhost) makes `bulletin check` fail",
                    "`http://localhost/` with a warning"),
            key("site.locale", "language of the pages (`zh-CN`, `en`); UI strings exist in Chinese and English",
                    "`zh-CN`"),
            key("site.description", "meta description of the home page, shown under the title", "empty"),
            key("site.organiser", "organiser shown in the footer (主办)", "empty"),
            key("site.contact", "contact shown in the footer and where messages cannot be sent online", "empty"),
            key("site.icp", "ICP filing number (备案号) that sites hosted in mainland China must show; links to "
                    + "beian.miit.gov.cn", "empty"),
            key("site.timezone", "zone of quiz times written without an offset (`Asia/Shanghai`, `+08:00`); an "
                    + "unknown zone is an error at its line",
                    "Asia/Shanghai for `zh` locales (Asia/Taipei for `zh-TW`, Asia/Hong_Kong for `zh-HK`); none "
                    + "for others"),
            key("campaign.start", "first day of the publicity week (`2022-03-15`, `2022年3月15日` …, see "
                    + "[Dates](../editors/articles.html#dates)), shown on the home page", "none"),
            key("campaign.end", "last day of the publicity week, as `campaign.start`", "none"),
            key("index.posts", "articles listed on the home page (1–1000)", "`10`"),
            key("strict", "`true`: warnings fail the build", "`false`"),
            key("asciidoctor.attributes", "extra AsciiDoc attributes, `name=value` separated by commas", "none"),
            key("render.tags", "JBake's switch: `false` leaves the tag pages out, and the default theme shows "
                    + "tags as plain text; own templates can ask `site.renders('tags')`", "`true`"),
            key("render.archive", "JBake's switch: `false` leaves the archive page out, and the theme links to it "
                    + "nowhere", "`true`"),
            key("render.feed", "JBake's switch: `false` leaves the Atom feed out", "`true`"),
            key("render.sitemap", "JBake's switch: `false` leaves `sitemap.xml` and `robots.txt` out",
                    "`true` (unlike JBake)"),
            key("render.error404", "JBake's switch: `false` leaves the 404 page out", "`true` (unlike JBake)"),
            key("date.format", "JBake's: the Java date pattern of `:jbake-date:` and `date=` (`dd/MM/yyyy`, "
                    + "`yyyy-MM-dd HH:mm:ss`); ISO dates are always accepted", "`yyyy-MM-dd`"),
            key("default.status", "status of documents that do not say",
                    "`published` (JBake's is `draft`: set it to keep JBake's behaviour)"),
            key("default.type", "type of documents that do not say", "`post`"),
            key("uri.noExtension", "`true`: clean addresses, `x/index.html` (see "
                    + "[Articles and pages](../editors/articles.html))", "`false`"),
            key("uri.noExtension.prefix", "clean addresses only for documents under this prefix (`blog/`)",
                    "none"),
            key("markdown.extensions", "flexmark's pegdown extension names, as in JBake (`ALL`, `-NAME` removes "
                    + "one)", "JBake's `HARDWRAPS,AUTOLINKS,FENCED_CODE_BLOCKS,DEFINITIONS` with "
                    + "`TABLES,TASKLISTITEMS,STRIKETHROUGH`"),
            key("header.separator", "the line that ends a JBake header", "`~~~~~~`"),
            key("content.folder", "folder of the documents; " + JBAKE_FOLDERS, "`content`"),
            key("asset.folder", "folder copied to the root of the site; " + JBAKE_FOLDERS, "`assets`"),
            key("template.folder", "folder of your own templates; " + JBAKE_FOLDERS, "`templates`"),
            key("data.folder", "folder of data files; " + JBAKE_FOLDERS, "`data`"),
            key("output.extension", "ending of page files; " + JBAKE_FOLDERS, "`.html`"),
            key("feed.file", "the Atom feed's name; " + JBAKE_FOLDERS, "`feed.xml`"),
            key("archive.file", "the archive page's name; " + JBAKE_FOLDERS, "`archive.html`"),
            key("sitemap.file", "the sitemap's name; " + JBAKE_FOLDERS, "`sitemap.xml`"),
            key("error404.file", "the 404 page's name; " + JBAKE_FOLDERS, "`404.html`"),
            key("index.file", "the home page's name; " + JBAKE_FOLDERS, "`index.html`"),
            key("tag.path", "folder of the tag pages; " + JBAKE_FOLDERS, "`tags`"),
            key("draft.suffix", "a document whose name ends in it is a draft; " + JBAKE_FOLDERS, "`-draft`"),
            key("quiz.submit-url", "where quizzes send results (e.g. `/collect/quiz`, see "
                    + "[Quizzes](../editors/quizzes.html#submission)); a quiz's `:quiz-submit-url:` wins",
                    "none: results stay on the phone, with a warning"),
            key("quiz.salt", "a site secret mixed into the answer key's hashes (see "
                    + "[Quizzes](../editors/quizzes.html))", "none"),
            key("images.widths", "published widths of photos in px (see "
                    + "[Photos and galleries](../editors/photos.html))", "`480, 960, 1440`"),
            key("images.quality", "JPEG and WebP quality, 1–100", "`80`"),
            key("images.keep-original", "also publish the full size (re-encoded, metadata removed)", "`false`"),
            key("images.max-mb", "larger source files are refused", "`30`"),
            key("images.max-megapixels", "larger photos are refused before decoding", "`50`"),
            key("messages.submit-url", "where the message form posts (see "
                    + "[Message wall](../editors/message-wall.html))", "none: the page shows `site.contact`"),
            key("messages.provider", "`waline` or `twikoo`: a self-hosted comment server instead",
                    "none"),
            key("messages.server", "the address of that server; widget files load from its host only", "none"),
            key("messages.script", "another widget script, on the server's host", "the provider's"),
            key("messages.style", "another widget stylesheet, on the server's host", "the provider's"),
            key("analytics.provider", "`goatcounter`, `umami` or `plausible`, self-hosted (see "
                    + "[Analytics](../organisers/analytics.html))", "none: nothing is loaded"),
            key("analytics.url", "your analytics server", "none"),
            key("analytics.site-id", "Umami: the website id; Plausible: the domain", "Plausible: the host of "
                    + "`site.host`"),
            key("check.page-budget-kb", "page weight budget of `bulletin check --site` (see "
                    + "[Checking a site](../editors/check.html))", "`100`"),
            key("deploy.to", "where `bulletin deploy` publishes: `s3://BUCKET/PREFIX` or a folder (see "
                    + "[Publishing and deploy](../organisers/deploy.html)); never credentials (a `deploy.*` key "
                    + "that looks like one is an error)", "none"),
            key("deploy.endpoint", "the storage's endpoint URL", "none"),
            key("deploy.region", "the region requests are signed for", "`us-east-1`"),
            key("deploy.path-style", "address the bucket as `ENDPOINT/BUCKET/…` (MinIO)", "`false`"),
            key("deploy.max-deletes", "refuse a deploy that would delete more files", "`256`"),
            key("deploy.verify", "check the site at `site.host` after deploying", "`true`"));

    private ConfigKeys() {
    }

    private static Key key(String name, String meaning, String fallback) {
        return new Key(name, meaning, fallback);
    }

    /** @return whether Bulletin reads this key */
    public static boolean known(String name) {
        return ALL.stream().anyMatch(k -> k.name().equals(name));
    }

    /**
     * A known key that {@code name} is probably a typo of (one or two edits, {@code _} for {@code -}, another
     * case), or null: keys that are nothing like a known one (a JBake key, one for your own templates) are
     * left alone.
     */
    public static String closest(String name) {
        if (known(name)) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String plain = name.toLowerCase(Locale.ROOT).replace('_', '-');
        for (Key k : ALL) {
            if (k.name().toLowerCase(Locale.ROOT).equals(plain)) {
                return k.name();
            }
            int d = distance(plain, k.name().toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k.name();
            }
        }
        return bestDistance <= (plain.length() > 8 ? 2 : 1) ? best : null;
    }

    /** The keys in the order of the reference page, for messages. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        ALL.forEach(k -> names.add(k.name()));
        return names;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
