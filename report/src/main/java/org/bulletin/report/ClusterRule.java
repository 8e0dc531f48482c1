package org.bulletin.report;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When results from one address or one device are many enough, soon enough, to be listed for the organisers
 * to look at: {@code count} or more within {@code window} ({@code --cluster 5/10min}, the default). A hall
 * of residents on one Wi-Fi shares an address, so a centre that runs the quiz at an event raises it
 * ({@code --cluster 40/10min}) or turns it off ({@code --cluster off}).
 *
 * @param count  results in the window, at least 2; {@link Integer#MAX_VALUE} for off
 * @param window the window
 */
public record ClusterRule(int count, Duration window) {

    public static final ClusterRule DEFAULT = new ClusterRule(5, Duration.ofMinutes(10));
    public static final ClusterRule OFF = new ClusterRule(Integer.MAX_VALUE, Duration.ofMinutes(10));

    private static final Pattern SYNTAX = Pattern.compile("(\\d{1,6})/(\\d{1,6})(s|min|h|d)");

    public ClusterRule {
        if (count < 2 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a cluster is at least 2 results in a window longer than 0");
        }
    }

    /**
     * {@code N/DURATION} ({@code 5/10min}, {@code 20/1h}, {@code 3/30s}, {@code 50/1d}) or {@code off}.
     *
     * @throws IllegalArgumentException when {@code text} is neither
     */
    public static ClusterRule parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("off")) {
            return OFF;
        }
        Matcher m = SYNTAX.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException(text);
        }
        long n = Long.parseLong(m.group(2));
        Duration window = switch (m.group(3)) {
            case "s" -> Duration.ofSeconds(n);
            case "min" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
        return new ClusterRule(Integer.parseInt(m.group(1)), window);
    }

    public boolean off() {
        return count == Integer.MAX_VALUE;
    }

    /** The window in whole minutes, at least 1, for the report's sentence. */
    public long minutes() {
        return Math.max(1, window.toMinutes());
    }
}
