package org.bulletin.parse;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.bulletin.config.SiteConfig;
import org.bulletin.text.DateText;

/**
 * Dates of documents: JBake's {@code date.format} (a Java date pattern, {@code yyyy-MM-dd} by default,
 * e.g. {@code dd/MM/yyyy} or {@code yyyy-MM-dd HH:mm:ss}), and always Bulletin's one date grammar
 * ({@link DateText}: {@code 2022-03-15}, {@code 2022/3/15}, {@code 2022.3.15}, {@code 2022年3月15日}), with or
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
                // not in the site's format: the date grammar below
            }
        }
        return DateText.date(v);
    }

    /** The message for a value that is not a date. */
    static org.bulletin.problem.Text invalid(String value, SiteConfig config) {
        String format = format(config);
        return DEFAULT_FORMAT.equals(format) ? org.bulletin.problem.Text.of("date.invalid", value)
                : org.bulletin.problem.Text.of("date.invalid-or-format", value, format);
    }

    private static String format(SiteConfig config) {
        return config.get("date.format", DEFAULT_FORMAT);
    }
}
