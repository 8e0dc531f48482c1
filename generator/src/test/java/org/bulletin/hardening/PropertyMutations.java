package org.bulletin.hardening;

import java.util.Random;

/** Bad values in {@code jbake.properties}. */
final class PropertyMutations {

    private static final String[] KEYS = {"site.host", "campaign.start", "campaign.end", "strict", "index.posts",
        "site.locale", "content.folder", "asset.folder", "template.folder", "data.folder", "output.extension",
        "draft.suffix", "tag.path", "feed.file", "index.file", "error404.file", "archive.file", "sitemap.file",
        "site.title", "default.type", "default.status"};
    private static final String[] VALUES = {"", " ", "../../etc", "/", "..", ".", "not a url", "javascript:alert(1)",
        "ftp://x", "-1", "99999999999", "abc", "2022-02-30", "\\uZZZZ", "\\u12", "中文", "a/b/../../..", "/etc",
        "x".repeat(10_000), "https://", "http://[::1", "https://例子.测试/路径/", "content", "assets", "..\\..",
        "index.html/../../x", "C:\\Windows", "%2e%2e", "\u0000", "true", "0", "1001", "zz-ZZ-x-bad", "<b>&amp;</b>",
        ".html", "/../x", "${site.title}", "\\"};

    private PropertyMutations() {
    }

    static String badValue(String text, Random r) {
        String key = KEYS[r.nextInt(KEYS.length)];
        String value = VALUES[r.nextInt(VALUES.length)];
        return text + "\n" + key + "=" + value + "\n";
    }

    /** Lines Properties.load reads oddly: continuations, bare keys, escapes. */
    static String oddSyntax(String text, Random r) {
        String[] odd = {"site.host\\", "=value without key", "site.title", "key with spaces = v", "\\u00", "a=b\\",
            "site.host = https://example.org/a b/", "site.host=https://example.org/?q=<x>#frag", "!comment",
            "site.locale=en\\\n  -GB", "strict=TRUE ", "index.posts= 5 "};
        return text + "\n" + odd[r.nextInt(odd.length)] + (r.nextBoolean() ? "\n" : "");
    }
}
