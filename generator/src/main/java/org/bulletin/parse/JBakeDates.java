package org.bulletin.parse;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.bulletin.config.SiteConfig;

/**
 * Dates of documents: JBake's {@code date.format} (a Java date pattern, {@code yyyy-MM-dd} by default,
 * e.g. {@code dd/MM/yyyy} or {@code yyyy-MM-dd HH:mm:ss}), and always ISO {@code YYYY-MM-DD}, with or
 * without a time after it. Only the day is kept.
 */
final class JBakeDates {

    static final String DEFAULT_FORMAT = "yyyy-MM-dd";

    private JBakeDates() {
    }

    /** The day of {@code value}, or null when it is not a date. */
    static LocalDate parse(String value, SiteConfig config) {
        String v = value.strip();
        String format = format(config);
        if (!DEFAULT_FORMAT.equals(format)) {
            try {
                return LocalDate.from(DateTimeFormatter.ofPattern(format, Locale.ROOT).parse(v));
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                // not in the site's format: ISO below
            }
        }
        String day = v.length() > 10 && (v.charAt(10) == 'T' || v.charAt(10) == ' ') ? v.substring(0, 10) : v;
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The message for a value that is not a date. */
    static String invalid(String value, SiteConfig config) {
        String format = format(config);
        return "invalid date '" + value + "' (use YYYY-MM-DD" + (DEFAULT_FORMAT.equals(format) ? ""
                : " or the site's date.format " + format) + ")";
    }

    private static String format(SiteConfig config) {
        return config.get("date.format", DEFAULT_FORMAT);
    }
}
