package org.bulletin.report;

import java.time.Instant;
import org.bulletin.collect.ValueRules;
import org.bulletin.problem.Text;

/**
 * What a stored quiz result must be for the report to use it, beyond its JSON shape: the collector's own
 * rule ({@link ValueRules}: text without control characters or lone surrogates, times in the years 2000
 * to 2100, option indexes 0 to 999), so that whatever the collector accepts the report reads. Anything
 * else (a line written by hand or by an older collector) is skipped as a bad line with the reason these
 * methods give.
 */
final class ResultRules {

    private ResultRules() {
    }

    /** Why {@code value} of {@code field} is unusable text, or null when it is fine. */
    static Text text(String field, String value) {
        ValueRules.TextFault fault = ValueRules.textFault(value);
        if (fault == null) {
            return null;
        }
        return fault.fault() == ValueRules.Fault.LONE_SURROGATE
                ? Text.of("report.bad.lone-surrogate", field) : Text.of("report.bad.control-character", field);
    }

    /** Why the time {@code at} of {@code field} (written {@code as}) is unusable, or null when it is fine. */
    static Text time(String field, Instant at, String as) {
        return ValueRules.inYears(at) ? null
                : Text.of("report.bad.year", field, as, ValueRules.MIN_YEAR, ValueRules.MAX_YEAR);
    }
}
