package org.bulletin.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The message catalogue: every message Bulletin prints, keyed, one file per language beside the theme's
 * UI strings ({@code theme/i18n/bulletin.properties}, English, and {@code bulletin_zh.properties},
 * Chinese), read as UTF-8. {@code {0}}, {@code {1}} … stand for the arguments; everything else,
 * apostrophes included, is literal (no {@link java.text.MessageFormat} quoting rules to get wrong).
 * Every key is in both files, and every key is used: {@code MessageCatalogueTest} checks both.
 */
public final class Catalogue {

    /** Where the catalogue files are on the class path (the theme's folder). */
    public static final String FOLDER = "/org/bulletin/theme/i18n/";

    private static final Catalogue ENGLISH = load("bulletin.properties");
    private static final Catalogue CHINESE = load("bulletin_zh.properties");

    private final Map<String, String> messages;

    private Catalogue(Map<String, String> messages) {
        this.messages = messages;
    }

    /** Chinese for a {@code zh} locale, English for every other. */
    public static Catalogue of(Locale locale) {
        return locale != null && locale.getLanguage().equals("zh") ? CHINESE : ENGLISH;
    }

    /** The keys and their patterns, sorted by key. */
    public Map<String, String> messages() {
        return messages;
    }

    /**
     * The message {@code key} with its arguments in place. A key missing here falls back to English, and a
     * key missing there shows as the key and its arguments, never as nothing.
     */
    public String format(String key, List<String> args) {
        String pattern = messages.get(key);
        if (pattern == null) {
            pattern = this == ENGLISH ? null : ENGLISH.messages.get(key);
        }
        if (pattern == null) {
            return args.isEmpty() ? key : key + " " + args;
        }
        return substitute(pattern, args);
    }

    /** {@code {0}} … replaced by the arguments; a brace that does not name an argument stays as it is. */
    static String substitute(String pattern, List<String> args) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '{') {
                int close = pattern.indexOf('}', i);
                if (close > i + 1 && close - i <= 3 && digits(pattern, i + 1, close)) {
                    int n = Integer.parseInt(pattern.substring(i + 1, close));
                    if (n < args.size()) {
                        out.append(args.get(n));
                        i = close + 1;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Catalogue load(String name) {
        Properties p = new Properties();
        try (InputStream in = Catalogue.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the message catalogue " + FOLDER + name + " is not on the class path");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return new Catalogue(java.util.Collections.unmodifiableMap(m));
    }
}
