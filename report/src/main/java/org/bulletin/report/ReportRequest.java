package org.bulletin.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code bulletin report} was asked for.
 *
 * @param results      quiz results, JSON lines (plain or .gz)
 * @param accessLogs   web server access logs, oldest first
 * @param analyticsCsv analytics exports
 * @param paper        paper sheets CSV files
 * @param attempt      which attempt counts per device, overriding every quiz's {@code :quiz-counts:}; null:
 *                     each quiz's own rule (what its page told residents)
 * @param drawCount    winners to draw, 0 for no draw
 * @param drawSeed     the draw's seed, or null
 * @param output       the report folder
 * @param prizes       claim key, exclusions, time zone, ranking
 */
public record ReportRequest(List<Path> results, List<Path> accessLogs, List<Path> analyticsCsv, List<Path> paper,
                            AttemptPolicy attempt, int drawCount, String drawSeed, Path output, PrizeRules prizes) {

    public ReportRequest {
        results = List.copyOf(results);
        accessLogs = List.copyOf(accessLogs);
        analyticsCsv = List.copyOf(analyticsCsv);
        paper = List.copyOf(paper);
        prizes = prizes == null ? PrizeRules.NONE : prizes;
    }

    public ReportRequest(List<Path> results, List<Path> accessLogs, List<Path> analyticsCsv, List<Path> paper,
                         AttemptPolicy attempt, int drawCount, String drawSeed, Path output) {
        this(results, accessLogs, analyticsCsv, paper, attempt, drawCount, drawSeed, output, PrizeRules.NONE);
    }
}
