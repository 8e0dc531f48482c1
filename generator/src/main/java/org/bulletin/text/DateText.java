package org.bulletin.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one date grammar of every date an editor writes (article and page dates, quiz opening and closing
 * times, the message wall, the campaign dates): a date as {@code 2022-03-15}, {@code 2022/3/15},
 * {@code 2022.3.15} or {@code 2022年3月15日}, optionally followed (after {@code T}, spaces or nothing) by a
 * time, {@code 10:30}, {@code 10:30:00}, {@code 10点}, {@code 10点30分} or {@code 10点半}, with
 * {@code 上午} / {@code 下午} / {@code 晚上} before it for the 12-hour clock, and optionally by an offset
 * ({@code Z}, {@code +08:00}). Full-width digits, colons and spaces are read as their ASCII twins.
 */
public final class DateText {

    /** The accepted forms, for messages. */
    public static final String FORMS = "2022-03-15, 2022/3/15, 2022.3.15 or 2022年3月15日";

    private static final Pattern GRAMMAR = Pattern.compile(
            "(\\d{4})\\s*([-/.年])\\s*(\\d{1,2})\\s*([-/.月])\\s*(\\d{1,2})\\s*日?"
                    + "(?:(?:T|\\s*)(上午|早上|中午|下午|晚上)?\\s*(\\d{1,2})(?::(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?"
                    + "|[点點时時](?:(\\d{1,2})分?|(半))?)"
                    + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");

    /**
     * A date read from editor text.
     *
     * @param date   the day
     * @param time   the time of day, or null when none was written
     * @param offset the offset written after the time, or null
     */
    public record Parsed(LocalDate date, LocalTime time, ZoneOffset offset) {

        /**
         * The instant in {@code zone} when no offset was written; null when neither is known. A day
         * without a time is its start, or with {@code endOfDay} the start of the next day.
         */
        public OffsetDateTime at(ZoneId zone, boolean endOfDay) {
            LocalDate day = time == null && endOfDay ? date.plusDays(1) : date;
            LocalTime t = time == null ? LocalTime.MIDNIGHT : time;
            if (offset != null) {
                return OffsetDateTime.of(day, t, offset);
            }
            return zone == null ? null : day.atTime(t).atZone(zone).toOffsetDateTime();
        }
    }

    private DateText() {
    }

    /** The date and time of {@code text}, or null when it does not follow the grammar. */
    public static Parsed parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = GRAMMAR.matcher(ascii(text).strip());
        if (!m.matches() || !consistent(m.group(2), m.group(4))) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(5)));
            if (m.group(7) == null) {
                return new Parsed(date, null, null);
            }
            int hour = Integer.parseInt(m.group(7));
            int minute = m.group(8) != null ? Integer.parseInt(m.group(8))
                    : m.group(10) != null ? Integer.parseInt(m.group(10)) : m.group(11) != null ? 30 : 0;
            int second = m.group(9) != null ? Integer.parseInt(m.group(9)) : 0;
            hour = twelveHour(m.group(6), hour);
            if (hour < 0) {
                return null;
            }
            ZoneOffset offset = m.group(12) == null ? null : ZoneOffset.of(m.group(12).length() == 5
                    ? m.group(12).substring(0, 3) + ":" + m.group(12).substring(3) : m.group(12));
            return new Parsed(date, LocalTime.of(hour, minute, second), offset);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The day of {@code text} (any time after it is allowed and ignored), or null. */
    public static LocalDate date(String text) {
        Parsed p = parse(text);
        return p == null ? null : p.date();
    }

    /** 年 goes with 月, and - / . each with themselves. */
    private static boolean consistent(String first, String second) {
        return "年".equals(first) ? "月".equals(second) : first.equals(second);
    }

    /** The 24-hour hour of a 上午/下午/晚上 hour, or -1 when it cannot be one. */
    private static int twelveHour(String half, int hour) {
        if (half == null) {
            return hour;
        }
        if (hour > 12) {
            return -1;
        }
        return switch (half) {
            case "下午", "晚上" -> hour == 12 ? 12 : hour + 12;
            case "中午" -> hour <= 2 ? hour + 12 : hour;
            default -> hour == 12 ? 0 : hour;
        };
    }

    /** Full-width digits, colons, plus, minus and spaces as ASCII. */
    private static String ascii(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                s.append((char) (c - '０' + '0'));
            } else {
                s.append(switch (c) {
                    case '：' -> ':';
                    case '　' -> ' ';
                    case '／' -> '/';
                    case '．' -> '.';
                    case '－' -> '-';
                    case '＋' -> '+';
                    default -> c;
                });
            }
        }
        return s.toString();
    }
}
