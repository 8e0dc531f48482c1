package org.bulletin.report;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.bulletin.problem.Text;

/**
 * Streams web server access logs in the combined log format (nginx's and Apache's default), plain or
 * gzip: {@code IP - USER [10/Mar/2022:13:55:36 +0800] "GET /path HTTP/1.1" 200 2326 "REFERER" "AGENT"}.
 * Counts GET requests answered 200 for pages of the site (paths under {@code site.host}'s path that
 * end in {@code /}, {@code .html} or have no extension); assets, bots and other statuses are skipped
 * silently, unparseable lines are counted as bad lines, and so are overlong lines and the place where a
 * truncated or damaged {@code .gz} breaks off (see {@link LineInput}). Give rotated files oldest first.
 */
public final class AccessLogReader {

    private static final String[] BOTS = {"bot", "spider", "crawl", "slurp", "curl", "wget", "python", "java/",
        "go-http", "okhttp", "headless", "phantom", "monitor", "uptime", "scan", "preview", "facebookexternalhit",
        "feedfetcher", "lighthouse", "httpclient", "libwww", "axios"};
    /** User agents repeat: their verdicts are cached (bounded, cleared when full). */
    private final java.util.Map<String, Boolean> bots = new java.util.HashMap<>();
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private final String basePath;
    private final String indexFile;
    private final TrafficStats stats;
    private final BadLines bad;
    private long lines;

    /**
     * @param basePath  the site's path on its host ({@code /} or {@code /meiting/})
     * @param indexFile the folder index file name
     */
    public AccessLogReader(String basePath, String indexFile, TrafficStats stats, BadLines bad) {
        this.basePath = basePath;
        this.indexFile = indexFile;
        this.stats = stats;
        this.bad = bad;
    }

    public long lines() {
        return lines;
    }

    public void read(Path file) throws IOException {
        String name = file.toString();
        try (LineInput in = LineInput.open(file, bad)) {
            for (String line = in.next(); line != null; line = in.next()) {
                lines++;
                if (!line.isBlank() && !parse(line)) {
                    bad.add(name, in.line(), Text.of("report.bad.not-combined-log"));
                }
            }
        }
    }

    /** Counts one line; false when it cannot be parsed. */
    boolean parse(String line) {
        int sp = line.indexOf(' ');
        int open = line.indexOf('[', sp);
        int close = open < 0 ? -1 : line.indexOf(']', open);
        if (sp <= 0 || close < 0) {
            return false;
        }
        long time = time(line, open + 1, close);
        int[] pos = {close + 1};
        String request = quoted(line, pos);
        if (time < 0 || request == null) {
            return false;
        }
        int statusStart = skipSpaces(line, pos[0]);
        int statusEnd = line.indexOf(' ', statusStart);
        if (statusEnd < 0 || statusEnd - statusStart != 3) {
            return false;
        }
        int status = parseInt(line, statusStart, statusEnd);
        pos[0] = line.indexOf(' ', statusEnd + 1);
        if (status < 0 || pos[0] < 0) {
            return false;
        }
        String referer = quoted(line, pos);
        String agent = referer == null ? null : quoted(line, pos);
        if (agent == null) {
            return false;
        }
        if (status != 200 || !request.startsWith("GET ") || agent.equals("-") || bot(agent)) {
            return true;
        }
        String page = page(request);
        if (page != null) {
            stats.view(page, stats.visitor(line.substring(0, sp) + "\u0000" + agent), time);
        }
        return true;
    }

    private boolean bot(String agent) {
        Boolean known = bots.get(agent);
        if (known == null) {
            String lower = agent.toLowerCase(Locale.ROOT);
            known = false;
            for (String word : BOTS) {
                if (lower.contains(word)) {
                    known = true;
                    break;
                }
            }
            if (bots.size() > 10_000) {
                bots.clear();
            }
            bots.put(agent, known);
        }
        return known;
    }

    /** The site path of a page request, or null for assets and other sites' paths. */
    String page(String request) {
        int end = request.indexOf(' ', 4);
        String target = request.substring(4, end < 0 ? request.length() : end);
        int q = target.indexOf('?');
        if (q >= 0) {
            target = target.substring(0, q);
        }
        int h = target.indexOf('#');
        if (h >= 0) {
            target = target.substring(0, h);
        }
        if (target.indexOf('%') >= 0) {
            try {
                target = URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if (!target.startsWith(basePath)) {
            return (target + "/").equals(basePath) ? indexFile : null;
        }
        String path = target.substring(basePath.length());
        if (path.isEmpty() || path.endsWith("/")) {
            return path + indexFile;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        if (dot < 0) {
            return path + ".html";
        }
        String ext = last.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ext.equals("html") || ext.equals("htm") ? path : null;
    }

    /** {@code 10/Mar/2022:13:55:36 +0800} → epoch seconds, or -1. */
    static long time(String s, int from, int to) {
        if (to - from < 20) {
            return -1;
        }
        int day = parseInt(s, from, from + 2);
        String mon = s.substring(from + 3, from + 6);
        int month = -1;
        for (int i = 0; i < 12; i++) {
            if (MONTHS[i].equals(mon)) {
                month = i + 1;
            }
        }
        int year = parseInt(s, from + 7, from + 11);
        int hour = parseInt(s, from + 12, from + 14);
        int min = parseInt(s, from + 15, from + 17);
        int sec = parseInt(s, from + 18, from + 20);
        if (day < 1 || day > 31 || month < 0 || year < 0 || hour < 0 || hour > 23 || min < 0 || min > 59 || sec < 0 || sec > 60) {
            return -1;
        }
        int offset = 0;
        if (to - from >= 26) {
            int sign = s.charAt(from + 21) == '-' ? -1 : 1;
            int oh = parseInt(s, from + 22, from + 24);
            int om = parseInt(s, from + 24, from + 26);
            if (oh < 0 || om < 0) {
                return -1;
            }
            offset = sign * (oh * 3600 + om * 60);
        }
        try {
            return LocalDateTime.of(year, month, day, hour, min, Math.min(sec, 59)).toEpochSecond(ZoneOffset.UTC) - offset;
        } catch (java.time.DateTimeException e) {
            return -1;
        }
    }

    private static int parseInt(String s, int from, int to) {
        if (from < 0 || to > s.length() || from >= to) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The next double-quoted field from pos[0] (backslash escapes kept as read), moving pos past it. */
    private static String quoted(String s, int[] pos) {
        int i = skipSpaces(s, pos[0]);
        if (i >= s.length() || s.charAt(i) != '"') {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int j = i + 1; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\' && j + 1 < s.length()) {
                out.append(s.charAt(++j));
            } else if (c == '"') {
                pos[0] = j + 1;
                return out.toString();
            } else {
                out.append(c);
            }
        }
        return null;
    }
}
