package org.bulletin.collect;

import java.time.Duration;
import java.util.Locale;

/**
 * How many submissions one client address may make per window, e.g. {@code 120/min}.
 * A limit of 0 permits means no limit ({@code off}).
 *
 * @param permits submissions allowed per window (also the burst size); 0 = unlimited
 * @param window  the window
 */
public record RateLimit(int permits, Duration window) {

    public static final RateLimit OFF = new RateLimit(0, Duration.ofMinutes(1));

    public RateLimit {
        if (permits < 0) {
            throw new IllegalArgumentException("a rate limit cannot be negative");
        }
        if (window == null || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("a rate limit window must be positive");
        }
    }

    public boolean unlimited() {
        return permits == 0;
    }

    /**
     * Parses {@code N/s}, {@code N/min}, {@code N/h} (also {@code second}, {@code minute},
     * {@code hour}) or {@code off}.
     */
    public static RateLimit parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("off") || t.equals("none") || t.equals("0")) {
            return OFF;
        }
        int slash = t.indexOf('/');
        if (slash < 1) {
            throw new IllegalArgumentException(invalid(text));
        }
        int permits;
        try {
            permits = Integer.parseInt(t.substring(0, slash).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(invalid(text));
        }
        Duration window = switch (t.substring(slash + 1).trim()) {
            case "s", "sec", "second" -> Duration.ofSeconds(1);
            case "m", "min", "minute" -> Duration.ofMinutes(1);
            case "h", "hour" -> Duration.ofHours(1);
            default -> throw new IllegalArgumentException(invalid(text));
        };
        if (permits <= 0) {
            throw new IllegalArgumentException(invalid(text));
        }
        return new RateLimit(permits, window);
    }

    private static String invalid(String text) {
        return "invalid rate limit '" + text + "': write it like 120/min, 10/s or 2000/h, or off";
    }

    @Override
    public String toString() {
        if (unlimited()) {
            return "off";
        }
        long s = window.toSeconds();
        return permits + (s == 1 ? "/s" : s == 60 ? "/min" : s == 3600 ? "/h" : "/" + s + "s");
    }
}
