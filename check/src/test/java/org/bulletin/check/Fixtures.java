package org.bulletin.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Small generated outputs with one seeded defect each. */
final class Fixtures {

    static final String CSS = ":root { --text: #1a1a1a; --bg: #ffffff; --link: #0b4f9c; }\n"
            + "body { color: var(--text); background: var(--bg); }\n"
            + "a { color: var(--link); }\n";

    private Fixtures() {
    }

    /** A valid page that links to the given pages; {@code body} goes inside {@code <main>}. */
    static String page(String title, String body) {
        return page(title, body, "zh-CN");
    }

    /** The same, in the language {@code lang} ({@code <html lang>}). */
    static String page(String title, String body, String lang) {
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>" + title + "</title>\n<link rel=\"stylesheet\" href=\"/css/site.css\">\n</head>\n<body>\n"
                + "<main>\n<h1>" + title + "</h1>\n" + body + "\n</main>\n</body>\n</html>\n";
    }

    /** Writes an output folder: css/site.css plus the given files (path → text). */
    static Path output(Path dir, Map<String, String> files) throws IOException {
        Path out = dir.resolve("out");
        write(out, "css/site.css", CSS);
        for (Map.Entry<String, String> e : files.entrySet()) {
            write(out, e.getKey(), e.getValue());
        }
        return out;
    }

    static void write(Path root, String path, String text) throws IOException {
        Path f = root.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    /** Runs one check over the folder and returns the problems as {@code file:line: message} strings. */
    static List<String> run(Check check, Path out) throws IOException {
        OutputSite site = OutputSite.read(out, SourceMap.none());
        Findings findings = new Findings();
        check.run(site, findings);
        return findings.sorted().stream().map(Object::toString).toList();
    }
}
