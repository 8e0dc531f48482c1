package org.bulletin.collect;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The collector's own message catalogue (it reads no site and needs no generator): its log lines and the
 * staff page's words, {@code /org/bulletin/collect/i18n/collect.properties} (English) and
 * {@code collect_zh.properties} (Chinese), read as UTF-8. {@code {0}}, {@code {1}} … stand for the
 * arguments; everything else, apostrophes included, is literal. Every key is in both files and every key is
 * used ({@code CollectWordsTest}).
 */
public final class CollectWords {

    /** Where the catalogue files are on the class path. */
    static final String FOLDER = "/org/bulletin/collect/i18n/";

    private static final CollectWords ENGLISH = load("collect.properties", Locale.ENGLISH);
    private static final CollectWords CHINESE = load("collect_zh.properties", Locale.SIMPLIFIED_CHINESE);

    private final Map<String, String> messages;
    private final Locale locale;

    private CollectWords(Map<String, String> messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** Chinese for a {@code zh} locale, English for every other. */
    public static CollectWords of(Locale locale) {
        return locale != null && locale.getLanguage().equals("zh") ? CHINESE : ENGLISH;
    }

    /** The language these words are in ({@code en} or {@code zh-CN}). */
    public Locale locale() {
        return locale;
    }

    /** The keys and their patterns, sorted by key. */
    Map<String, String> messages() {
        return messages;
    }

    /** The message {@code key} with its arguments in place; a key missing here falls back to English. */
    public String say(String key, Object... args) {
        String pattern = messages.get(key);
        if (pattern == null) {
            pattern = ENGLISH.messages.getOrDefault(key, key);
        }
        return substitute(pattern, args);
    }

    /** {@code {0}} … replaced by the arguments; a brace that does not name an argument stays as it is. */
    static String substitute(String pattern, Object... args) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '{') {
                int close = pattern.indexOf('}', i);
                if (close > i + 1 && close - i <= 3 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                    int n = Integer.parseInt(pattern.substring(i + 1, close));
                    if (n < args.length) {
                        out.append(args[n]);
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

    /**
     * The language of a site folder: its {@code site.locale} in {@code jbake.properties}, zh-CN when the file
     * does not set it (the generator's default); read with the JDK alone.
     */
    static Locale siteLanguage(Path siteDir) {
        Path file = siteDir.resolve("jbake.properties");
        if (!Files.isRegularFile(file)) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        String locale = p.getProperty("site.locale", "zh-CN").strip();
        return Locale.forLanguageTag(locale.isEmpty() ? "zh-CN" : locale);
    }

    private static CollectWords load(String name, Locale locale) {
        Properties p = new Properties();
        try (InputStream in = CollectWords.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the collector's message catalogue " + FOLDER + name
                        + " is not on the class path");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return new CollectWords(Collections.unmodifiableMap(m), locale);
    }
}
