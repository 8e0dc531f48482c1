package org.bulletin.report;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/**
 * How the report decides who may win (issue: prizes organisers can stand behind).
 *
 * @param claimKey    the collector's claim key: {@code claim.key} or the collector's data folder (which also
 *                    holds {@code redemptions.jsonl}); null: claims are not checked and marked unverified
 * @param exclude     files of staff and volunteers (one phone number or name a line) who cannot win
 * @param zone        time zone for every time in the report, or null for the site locale's usual zone
 * @param rank        rank the eligible records and list the first N instead of (or besides) a draw; 0: none
 * @param clusters    when many results from one address or device are listed for the organisers
 */
public record PrizeRules(Path claimKey, List<Path> exclude, ZoneId zone, int rank, ClusterRule clusters) {

    public static final PrizeRules NONE = new PrizeRules(null, List.of(), null, 0);

    public PrizeRules {
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        clusters = clusters == null ? ClusterRule.DEFAULT : clusters;
    }

    /** With the default cluster rule ({@link ClusterRule#DEFAULT}). */
    public PrizeRules(Path claimKey, List<Path> exclude, ZoneId zone, int rank) {
        this(claimKey, exclude, zone, rank, ClusterRule.DEFAULT);
    }
}
