package org.bulletin.report;

import java.time.Instant;

/**
 * What a stored quiz result must be for the report to use it, beyond its JSON shape: text is valid
 * UTF-16 (no lone surrogate), times lie in the years 2000 to 9999 (so every later stage can print
 * them), option indexes lie in 0 to 999 (the collector's range). Anything else is skipped as a bad
 * line with the reason these methods give.
 */
final class ResultRules {

    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    static final int MAX_OPTION = 999;

    private ResultRules() {
    }

    /** Why {@code value} of {@code field} is unusable text, or null when it is fine. */
    static String text(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return field + " is not valid text (it holds a lone UTF-16 surrogate)";
            }
        }
        return null;
    }

    /** Why the time {@code at} of {@code field} (written {@code as}) is unusable, or null when it is fine. */
    static String time(String field, Instant at, String as) {
        return at.isBefore(EARLIEST) || at.isAfter(LATEST)
                ? field + " " + as + " is not between the years 2000 and 9999" : null;
    }
}
