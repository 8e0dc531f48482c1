package org.bulletin.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bulletin.problem.Problem;

/**
 * The result as JUnit XML for CI: one test case per checked page (and per stylesheet with problems);
 * errors make it fail, warnings are listed in its output, in the result's language. No timestamps: same
 * site, same report.
 */
final class JUnitReport {

    private JUnitReport() {
    }

    static void write(Path file, CheckResult result, List<String> pages) throws IOException {
        Map<String, List<Problem>> byFile = TextReport.byFile(result.problems(), pages);
        long failures = byFile.values().stream().filter(l -> l.stream().anyMatch(Problem::isError)).count();
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<testsuites name=\"bulletin check\" tests=\"").append(byFile.size()).append("\" failures=\"")
                .append(failures).append("\">\n");
        x.append("  <testsuite name=\"bulletin check\" tests=\"").append(byFile.size()).append("\" failures=\"")
                .append(failures).append("\" errors=\"0\" skipped=\"0\" time=\"")
                .append(String.format(Locale.ROOT, "%.3f", result.millis() / 1000.0)).append("\">\n");
        for (Map.Entry<String, List<Problem>> e : byFile.entrySet()) {
            List<Problem> errors = e.getValue().stream().filter(Problem::isError).toList();
            List<Problem> warnings = e.getValue().stream().filter(p -> !p.isError()).toList();
            x.append("    <testcase classname=\"bulletin.check\" name=\"").append(escape(e.getKey())).append("\"");
            if (errors.isEmpty() && warnings.isEmpty()) {
                x.append("/>\n");
                continue;
            }
            x.append(">\n");
            if (!errors.isEmpty()) {
                x.append("      <failure message=\"").append(escape(TextReport.errors(errors.size()).in(result.language())))
                        .append("\" type=\"check\">").append(escape(lines(errors, result.language()))).append("</failure>\n");
            }
            if (!warnings.isEmpty()) {
                x.append("      <system-out>").append(escape(lines(warnings, result.language()))).append("</system-out>\n");
            }
            x.append("    </testcase>\n");
        }
        x.append("  </testsuite>\n</testsuites>\n");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, x, StandardCharsets.UTF_8);
    }

    private static String lines(List<Problem> problems, Locale language) {
        StringBuilder b = new StringBuilder();
        for (Problem p : problems) {
            b.append(p.formatWithSeverity(language)).append('\n');
        }
        return b.toString();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
