package org.bulletin.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.bulletin.problem.Text;
import org.bulletin.text.CsvReader;

/**
 * Imports the CSV export of a self-hosted analytics service, recognised by its header row. Columns
 * read (others are ignored):
 * <ul>
 *   <li>GoatCounter (CSV export, one row per page view): {@code Path} (header {@code 2Path}, the
 *       digit is the export version), {@code Session}, {@code Date}, {@code Bot} (rows other than 0
 *       skipped), {@code Event} (event rows skipped);</li>
 *   <li>Umami (website events export): {@code url_path}, {@code session_id}, {@code created_at},
 *       {@code event_type} (only 1, page views, counted);</li>
 *   <li>Plausible ({@code imported_pages.csv} of the CSV export, totals per day and page):
 *       {@code page}, {@code pageviews}, {@code visitors}, {@code visits}; its visitors are summed
 *       per day, so they are an upper bound.</li>
 * </ul>
 * Paths are taken relative to the site's path; visits follow the same 30-minute rule as access logs.
 */
public final class AnalyticsCsvReader {

    private final String basePath;
    private final String indexFile;
    private final TrafficStats stats;
    private final BadLines bad;

    public AnalyticsCsvReader(String basePath, String indexFile, TrafficStats stats, BadLines bad) {
        this.basePath = basePath;
        this.indexFile = indexFile;
        this.stats = stats;
        this.bad = bad;
    }

    public void read(Path file) throws IOException {
        String name = file.toString();
        long last = 0;
        try (BufferedReader in = TextInput.open(file)) {
            CsvReader csv = new CsvReader(in);
            CsvReader.Row header = csv.next();
            if (header == null) {
                return;
            }
            last = header.line();
            Map<String, Integer> col = new HashMap<>();
            for (int i = 0; i < header.fields().size(); i++) {
                col.put(header.fields().get(i).strip().toLowerCase(Locale.ROOT).replaceFirst("^\\d+(?=path$)", ""), i);
            }
            String kind = col.containsKey("session") && col.containsKey("path") ? "goatcounter"
                    : col.containsKey("url_path") && col.containsKey("session_id") ? "umami"
                    : col.containsKey("page") && col.containsKey("pageviews") ? "plausible" : null;
            if (kind == null) {
                bad.add(name, header.line(), Text.of("report.bad.not-analytics"));
                return;
            }
            for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
                last = row.line();
                if (!row.blank() && !row(kind, row, col)) {
                    bad.add(name, row.line(), Text.of("report.bad.analytics-row", kind));
                }
            }
        } catch (CsvReader.MalformedException e) {
            bad.add(name, e.line(), Text.plain(e.getMessage()));
        } catch (IOException e) {
            if (!TextInput.gzipBroken(file, e)) {
                throw e;
            }
            bad.add(name, last + 1, TextInput.gzipBroken());
        }
    }

    private boolean row(String kind, CsvReader.Row row, Map<String, Integer> col) {
        try {
            switch (kind) {
                case "goatcounter" -> {
                    String botValue = get(row, col, "bot");
                    if (!(botValue.isEmpty() || botValue.equals("0")) || get(row, col, "event").equalsIgnoreCase("true")) {
                        return true;
                    }
                    view(get(row, col, "path"), get(row, col, "session"), get(row, col, "date"));
                }
                case "umami" -> {
                    String type = get(row, col, "event_type");
                    if (!type.isEmpty() && !type.equals("1")) {
                        return true;
                    }
                    view(get(row, col, "url_path"), get(row, col, "session_id"), get(row, col, "created_at"));
                }
                default -> stats.aggregate(sitePath(get(row, col, "page")), number(get(row, col, "pageviews")),
                        number(get(row, col, "visitors")), number(get(row, col, "visits")));
            }
            return true;
        } catch (NumberFormatException | DateTimeParseException e) {
            return false;
        }
    }

    private void view(String path, String session, String date) {
        String page = sitePath(path);
        if (page != null) {
            stats.view(page, stats.visitor(session), epoch(date));
        }
    }

    private String sitePath(String path) {
        String p = path.startsWith(basePath) ? path.substring(basePath.length())
                : path.startsWith("/") ? path.substring(1) : path;
        int q = p.indexOf('?');
        p = q >= 0 ? p.substring(0, q) : p;
        return p.isEmpty() || p.endsWith("/") ? p + indexFile : p.contains(".") ? p : p + ".html";
    }

    private static long epoch(String date) {
        String d = date.strip().replace(' ', 'T');
        if (d.isEmpty()) {
            return 0;
        }
        try {
            return OffsetDateTime.parse(d).toEpochSecond();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(d).getEpochSecond();
            } catch (DateTimeParseException e2) {
                return LocalDateTime.parse(d.replaceFirst("\\.\\d+$", "")).toEpochSecond(ZoneOffset.UTC);
            }
        }
    }

    private static long number(String text) {
        return text.isBlank() ? 0 : Long.parseLong(text.strip());
    }

    private static String get(CsvReader.Row row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= row.fields().size() ? "" : row.fields().get(i).strip();
    }
}
