package org.bulletin.hardening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** Mutations that speak AsciiDoc: headers, dates, nesting, includes, images, attributes, markup. */
final class AsciidocMutations {

    private static final String[] DATES = {"2022-13-45", "2022-02-30", "yesterday", "20220314", "2022-03-14T25:00",
        "99999-01-01", "-2022-01-01", "2022-03-14 10:00:00 +0800", "2022/03/14", "\uff12\uff10\uff12\uff12-03-14",
        "2022-03-14T10:00:00+08:00", "0000-00-00", "{revdate}", "2022-3-4", "1e9"};
    private static final String[] TYPES = {"", "quizz", "Post", "PAGE", "\ud83d\ude42", "page\u0000", "quiz", "post,page",
        "{jbake-type}", "index"};
    private static final String[] STATUSES = {"", "Draft", "publish", "published-date", "hidden", "draft\u0000"};
    private static final String[] INCLUDES = {"include::../../../../../../etc/passwd[]", "include::/etc/passwd[]",
        "include::https://example.org/x.adoc[]", "include::{docdir}/../../../../etc/passwd[]",
        "include::C:\\Windows\\win.ini[]", "include::~/.bashrc[]", "include::../../jbake.properties[]",
        "include::file:///etc/passwd[]", "include::missing-part.adoc[]", "include::../../assets/images/social-work-day.svg[]",
        "include::%2e%2e/%2e%2e/x[]", "include::..\\..\\..\\etc\\passwd[]", "include::[]", "include::a.adoc[lines=1..-1]"};
    private static final String[] IMAGES = {"image::images/missing.png[]", "image::../../../etc/passwd[]",
        "image::https://evil.example/x.png[]", "image::/images/social-work-day.svg[]", "image::images/ missing.png[x]",
        "image::images/social-work-day.svg[width=abc,height=-1]", "image:images/missing.gif[]",
        "image::images/%2e%2e/%2e%2e/x.png[]", "image::data:image/png;base64,AAAA[]", "image::images/social-work-day.svg",
        "video::missing.mp4[]", "image::javascript:alert(1)[]", "image::images\\social-work-day.svg[]"};
    private static final String[] ATTRIBUTES = {":leveloffset: 99", ":imagesdir: ../../../..", ":toc: left",
        ":doctype: book", ":sectnums:", ":data-uri:", ":allow-uri-read:", ":max-include-depth: 100000",
        ":source-highlighter: rouge", ":stem:", ":jbake-type!:", ":docinfo: shared", ":hardbreaks-option:",
        ":experimental:", ":attribute-missing: warn", ":attribute-missing: drop-line", ":imagesdir: https://evil.example",
        ":jbake-tags: " + ",".repeat(50), ":jbake-tags: " + "tag,".repeat(300), ":description: <script>alert(1)</script>",
        ":jbake-date:", ":title: Another title", ":notitle:", ":doctitle!:", ":sectlinks:", ":icons: font",
        ":linkattrs:", ":outfilesuffix: /../../x", ":docname: ../../x"};
    private static final String[] MARKUP = {"----\nunclosed listing", "++++\n<script>alert(1)</script>\n++++",
        "|===\n|a|b\n|c\n", "[cols=\"1,1000000\"]\n|===\n|a|b\n|===", "[cols=\"0\"]\n|===\n|a\n|===", "<<nowhere>>",
        "link:javascript:alert(1)[x]", "[[dup]]\nOne\n\n[[dup]]\nTwo", "[#]\nNo id", "[source,ruby,linenums,start=-5]\n----\nx\n----",
        "<1> callout without listing", "kbd:[", "pass:[<b>unclosed]", "footnote:[unclosed", "[.role\nunclosed",
        "{counter:x}".repeat(500), "xref:../../../etc/passwd[x]", "[quote,\"\"\"\n____\nq\n____", "=== Skipped level",
        "[%autowidth.stretch.unknown]\n|===\n|x\n|===", "ifdef::x[]\nnever closed", "endif::[]", "ifeval::[1/0 == 1]\nx\nendif::[]",
        "////\nunclosed comment", "\\include::escaped.adoc[]", "[stem]\n++++\n\\frac{1}{0}\n++++",
        "image::images/social-work-day.svg[" + "a=b,".repeat(2000) + "]", "== " + "=".repeat(200), "[discrete]\n======= Deep"};

    private AsciidocMutations() {
    }

    static String setHeader(String text, String name, String value) {
        String line = ":" + name + ": " + value;
        List<String> rows = new ArrayList<>(List.of(TextMutations.lines(text)));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).startsWith(":" + name + ":")) {
                rows.set(i, line);
                return String.join("\n", rows);
            }
        }
        rows.add(Math.min(1, rows.size()), line);
        return String.join("\n", rows);
    }

    static String insert(String text, String block, Random r) {
        List<String> rows = new ArrayList<>(List.of(TextMutations.lines(text)));
        int header = 1;
        while (header < rows.size() && rows.get(header).startsWith(":")) {
            header++;
        }
        int at = header + r.nextInt(Math.max(1, rows.size() - header + 1));
        rows.add(Math.min(at, rows.size()), "\n" + block + "\n");
        return String.join("\n", rows);
    }

    static String pick(String[] values, Random r) {
        return values[r.nextInt(values.length)];
    }

    static String brokenHeader(String text, Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> text.replaceFirst("(?m)^= ", "");
            case 1 -> text.replaceFirst("(?m)^= .*$", "=");
            case 2 -> "junk before the title\n" + text;
            case 3 -> setHeader(text, "jbake-type", pick(TYPES, r));
            case 4 -> setHeader(text, "jbake-status", pick(STATUSES, r));
            case 5 -> text.replaceFirst("(?m)^:(jbake-[a-z]+):", ":$1");
            case 6 -> setHeader(text, "jbake-title", "x".repeat(5000));
            default -> text.replaceFirst("(?m)^= (.*)$", "= $1 <script>alert(1)</script> {nope} image:x.png[]");
        };
    }

    static String badDate(String text, Random r) {
        return setHeader(text, r.nextBoolean() ? "jbake-date" : "revdate", pick(DATES, r));
    }

    static String deepNesting(String text, Random r) {
        int depth = 10 + r.nextInt(r.nextBoolean() ? 40 : 300);
        StringBuilder b = new StringBuilder();
        switch (r.nextInt(7)) {
            case 0 -> {
                for (int i = 1; i <= depth; i++) {
                    b.append("*".repeat(i)).append(" item ").append(i).append('\n');
                }
            }
            case 1 -> {
                for (int i = 1; i <= depth; i++) {
                    b.append(".".repeat(i)).append(" step ").append(i).append('\n');
                }
            }
            case 2 -> nest(b, depth, "=");
            case 3 -> nest(b, depth, "_");
            case 4 -> nest(b, depth, "*");
            case 5 -> {
                b.append("[cols=\"1a\"]\n|===\n|\n");
                for (int i = 0; i < depth; i++) {
                    b.append("[cols=\"1a\"]\n!===\n!cell ").append(i).append('\n');
                }
                b.append("!===\n|===\n");
            }
            default -> {
                for (int i = 1; i <= depth; i++) {
                    b.append("term").append(i).append(":".repeat(2 + i % 3)).append(" definition\n");
                }
            }
        }
        return insert(text, b.toString(), r);
    }

    /** Delimited blocks inside each other, each delimiter one character longer. */
    private static void nest(StringBuilder b, int depth, String c) {
        for (int i = 0; i < depth; i++) {
            b.append(c.repeat(4 + i)).append('\n');
        }
        b.append("inside\n");
        for (int i = depth - 1; i >= 0; i--) {
            b.append(c.repeat(4 + i)).append('\n');
        }
    }

    static String includeOutside(String text, Random r) {
        return insert(text, pick(INCLUDES, r), r);
    }

    static String missingImage(String text, Random r) {
        return insert(text, pick(IMAGES, r), r);
    }

    static String attributeChaos(String text, Random r) {
        List<String> rows = new ArrayList<>(List.of(TextMutations.lines(text)));
        rows.add(Math.min(1, rows.size()), pick(ATTRIBUTES, r));
        return String.join("\n", rows);
    }

    static String markupChaos(String text, Random r) {
        return insert(text, pick(MARKUP, r), r);
    }

    /** Include loops: the document includes itself, or a partial that includes the document back. */
    static Mutation includeLoop(String path, String text, Random r) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        Map<String, byte[]> files = new TreeMap<>();
        String description;
        switch (r.nextInt(3)) {
            case 0 -> {
                files.put(path, TextMutations.utf8(insert(text, "include::" + name + "[]", r)));
                description = "include loop: includes itself";
            }
            case 1 -> {
                files.put(path, TextMutations.utf8(insert(insert(text, "include::" + name + "[]", r),
                        "include::" + name + "[]", r)));
                description = "include loop: includes itself twice";
            }
            default -> {
                String back = "../".repeat(path.split("/").length - 2) + "partials/loop.adoc";
                files.put(path, TextMutations.utf8(insert(text, "include::" + back + "[]", r)));
                String up = "../" + path.substring("content/".length());
                files.put("content/partials/.jbakeignore", new byte[0]);
                files.put("content/partials/loop.adoc", TextMutations.utf8("Loop part\n\ninclude::" + up + "[]\n"));
                description = "include loop through content/partials/loop.adoc";
            }
        }
        return new Mutation(description, files);
    }

    /** The same text under a file name that is awkward for paths and URLs. */
    static String awkwardName(String path, Random r) {
        String[] names = {"空格 name #1 %20.adoc", "UPPER.ADOC", "a..adoc", "x.html.adoc", "-dash.adoc", "a;b?c.adoc",
            "quote'\"name.adoc", "名字.asciidoc", "ends-with-dot..ad", "plus+sign&amp.adoc"};
        return path.substring(0, path.lastIndexOf('/') + 1) + pick(names, r);
    }
}
