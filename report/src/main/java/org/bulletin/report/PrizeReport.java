package org.bulletin.report;

import java.time.ZoneId;
import java.util.List;
import org.bulletin.problem.Text;

/**
 * The prize side of the report.
 *
 * @param verified       true when the collector's key was given: only claims it signed are eligible
 * @param refused        results that are not eligible, with file, line and reason
 * @param clusters       many results from one address or device in a short time
 * @param warnings       things the organiser must know (an {@code --attempt} that overrides a quiz's rule)
 * @param eligibleSha256 SHA-256 of {@code prize-eligible.csv} (announce it before the draw)
 * @param redeemed       redemptions in the collector's {@code redemptions.jsonl}, or -1 when not read
 * @param ranking        the first N eligible by score, time taken, time received (empty without --rank)
 * @param zone           the zone of every time in the report
 * @param duplicates     results read more than once (the same collector id in several files)
 * @param clusterRule    what counted as a cluster
 */
public record PrizeReport(boolean verified, List<Refusal> refused, List<SuspiciousClusters.Cluster> clusters,
                          List<Text> warnings, String eligibleSha256, long redeemed,
                          List<ScoredSubmission> ranking, ZoneId zone, long duplicates, ClusterRule clusterRule) {

    public static final PrizeReport NONE = new PrizeReport(false, List.of(), List.of(), List.of(), "", -1, List.of(),
            ZoneId.of("UTC"), 0, ClusterRule.DEFAULT);

    public PrizeReport {
        refused = List.copyOf(refused);
        clusters = List.copyOf(clusters);
        warnings = List.copyOf(warnings);
        ranking = List.copyOf(ranking);
    }

    /** {@code at} in the report's zone and format. */
    public String time(java.time.Instant at) {
        return ReportTimes.format(at, zone);
    }
}
