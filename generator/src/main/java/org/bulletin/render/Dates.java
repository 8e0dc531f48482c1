package org.bulletin.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Date formatting for templates ({@code ${dates.format(page.date)}}), in the site's language. */
public final class Dates {

    private final DateTimeFormatter display;

    Dates(Locale locale) {
        this.display = "zh".equals(locale.getLanguage())
                ? DateTimeFormatter.ofPattern("yyyy年M月d日", locale)
                : DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    }

    /** For people: 2022年3月15日 or 15 March 2022; empty for no date. */
    public String format(LocalDate date) {
        return date == null ? "" : display.format(date);
    }

    /** For machines: 2022-03-15. */
    public String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** For feeds: 2022-03-15T00:00:00Z. */
    public String atom(LocalDate date) {
        return date == null ? "1970-01-01T00:00:00Z" : date + "T00:00:00Z";
    }
}
