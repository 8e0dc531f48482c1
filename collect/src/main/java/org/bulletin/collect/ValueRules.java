package org.bulletin.collect;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * What every value of a stored submission must be so that every later stage can use it: the one rule
 * the collector applies at the door (422 otherwise) and the report applies to what it reads (a skipped
 * line with its file and line otherwise), so that whatever the collector accepts the report reads.
 */
public final class ValueRules {

    /** Times outside these years are refused: the review CSV's date and the report can print the rest. */
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    private static final Instant FIRST = Instant.parse(MIN_YEAR + "-01-01T00:00:00Z");
    private static final Instant AFTER_LAST = Instant.parse((MAX_YEAR + 1) + "-01-01T00:00:00Z");

    /** The largest option index (a question has far fewer options). */
    public static final int MAX_OPTION = 999;

    /** What is wrong with a text. */
    public enum Fault {
        /** A control character other than tab and line breaks. */
        CONTROL_CHARACTER,
        /** Half of a UTF-16 surrogate pair: no valid Unicode, and no UTF-8 file can hold it. */
        LONE_SURROGATE
    }

    /**
     * The first fault of {@code text} and where it is.
     *
     * @param fault what is wrong
     * @param at    the index of the character
     */
    public record TextFault(Fault fault, int at) {
    }

    private ValueRules() {
    }

    /** The first fault of {@code text}, or null when every stage can keep it as it is. */
    public static TextFault textFault(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f) {
                return new TextFault(Fault.CONTROL_CHARACTER, i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return new TextFault(Fault.LONE_SURROGATE, i);
            }
        }
        return null;
    }

    /** Whether {@code time} lies in the years {@value #MIN_YEAR} to {@value #MAX_YEAR}, in its offset and in UTC. */
    public static boolean inYears(OffsetDateTime time) {
        // the local year first: converting an extreme time to UTC would itself fail
        return time.getYear() >= MIN_YEAR && time.getYear() <= MAX_YEAR && inYears(time.toInstant());
    }

    /** Whether {@code at} lies in the years {@value #MIN_YEAR} to {@value #MAX_YEAR} in UTC. */
    public static boolean inYears(Instant at) {
        return !at.isBefore(FIRST) && at.isBefore(AFTER_LAST); // no date arithmetic: extreme instants overflow it
    }

    /** Whether {@code index} is an option index a submission may hold. */
    public static boolean isOption(long index) {
        return index >= 0 && index <= MAX_OPTION;
    }

    /**
     * A phone number as one person: digits only, without a leading China country code ({@code +86},
     * {@code 0086}, {@code 86} before 11 digits), so {@code +86 138-0000-0000} and {@code 13800000000}
     * are the same. Empty when there are no digits.
     */
    public static String normalisePhone(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        return digits;
    }
}
