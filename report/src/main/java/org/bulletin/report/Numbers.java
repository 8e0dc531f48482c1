package org.bulletin.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting for the report: fixed decimals, half up, never the platform locale. */
public final class Numbers {

    private Numbers() {
    }

    /** {@code sum / count} with two decimals ({@code 81.89}); {@code 0.00} for no records. */
    public static String average(BigDecimal sum, long count) {
        if (count == 0) {
            return "0.00";
        }
        return sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP).toPlainString();
    }

    /** {@code 100 × part / whole} with one decimal. */
    public static String percent(long part, long whole) {
        if (whole == 0) {
            return "0.0";
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).toPlainString();
    }
}
