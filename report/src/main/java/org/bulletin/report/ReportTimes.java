package org.bulletin.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.bulletin.config.SiteConfig;

/** Every time the report writes: in the site's zone, one format, {@code 2022-03-15 10:14:40}. */
public final class ReportTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private ReportTimes() {
    }

    public static String format(Instant at, ZoneId zone) {
        return at == null ? "" : FORMAT.format(at.atZone(zone));
    }

    /**
     * The zone of {@code --zone}, else the usual zone of the site's locale ({@code zh-CN} and {@code zh}:
     * Asia/Shanghai; {@code zh-TW}: Asia/Taipei; {@code zh-HK}: Asia/Hong_Kong; {@code zh-MO}: Asia/Macau),
     * else the computer's.
     */
    public static ZoneId zone(ZoneId given, SiteConfig config) {
        if (given != null) {
            return given;
        }
        String locale = config.locale().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (locale) {
            case "zh", "zh-cn", "zh-hans", "zh-hans-cn", "zh-sg" -> ZoneId.of("Asia/Shanghai");
            case "zh-tw", "zh-hant-tw" -> ZoneId.of("Asia/Taipei");
            case "zh-hk", "zh-hant-hk" -> ZoneId.of("Asia/Hong_Kong");
            case "zh-mo", "zh-hant-mo" -> ZoneId.of("Asia/Macau");
            default -> ZoneId.systemDefault();
        };
    }
}
