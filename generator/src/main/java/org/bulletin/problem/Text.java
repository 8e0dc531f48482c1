package org.bulletin.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Something Bulletin says to a person, in words that do not depend on the language yet: a key of the
 * message catalogue ({@link Catalogue}) and its arguments, put into words with {@link #in(Locale)} where
 * the site's language is known (the command line, the dev server's page, the report, the Maven log).
 *
 * <p>A text that has no key ({@link #plain(String)}) is somebody else's words, shown as they are:
 * Asciidoctor's own messages, an exception's message, a line of the editor's file.
 *
 * @param key  the catalogue's key, or empty for a plain text
 * @param args the arguments, already as text ({@code {0}} is the first); a plain text's only argument
 *             is the text itself
 */
public record Text(String key, List<String> args) {

    public Text {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** Marks an argument that is itself a text, put into the same language as the text around it. */
    private static final char NESTED = '\u0001';
    private static final char PART = '\u0002';

    /**
     * The catalogue's message {@code key} with {@code args} ({@code String.valueOf} of each). An argument that
     * is itself a {@code Text} (a message wrapped in another, such as a finding and the file it comes from) is
     * put into words in the same language as the text around it.
     */
    public static Text of(String key, Object... args) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a message key is not empty");
        }
        return new Text(key, Arrays.stream(args).map(a -> a instanceof Text t ? t.encoded() : literal(String.valueOf(a)))
                .toList());
    }

    /** A text inside another's argument: its key and each argument with its length in front. */
    private String encoded() {
        if (isPlain()) {
            return literal(args.get(0));
        }
        StringBuilder b = new StringBuilder().append(NESTED).append(key);
        for (String a : args) {
            b.append(PART).append(a.length()).append(':').append(a);
        }
        return b.toString();
    }

    /**
     * Words from outside (a resident's name, an editor's line) as an argument: one that starts with the
     * marker of a nested text would be read as one, so its first character is shown as U+FFFD instead.
     */
    private static String literal(String arg) {
        return !arg.isEmpty() && arg.charAt(0) == NESTED ? '\uFFFD' + arg.substring(1) : arg;
    }

    private static String decoded(String arg, Locale locale) {
        if (arg.isEmpty() || arg.charAt(0) != NESTED) {
            return arg;
        }
        try {
            return nested(arg).in(locale);
        } catch (RuntimeException e) {
            return arg; // not written by encoded() (a damaged cache entry): shown as stored
        }
    }

    private static Text nested(String arg) {
        int part = arg.indexOf(PART);
        String key = part < 0 ? arg.substring(1) : arg.substring(1, part);
        java.util.List<String> nested = new java.util.ArrayList<>();
        int i = part;
        while (i >= 0 && i < arg.length()) {
            int colon = arg.indexOf(':', i);
            int length = Integer.parseInt(arg.substring(i + 1, colon));
            nested.add(arg.substring(colon + 1, colon + 1 + length));
            i = colon + 1 + length;
        }
        return new Text(key, nested);
    }

    /** Words that are not Bulletin's and are not translated. */
    public static Text plain(String text) {
        return new Text("", List.of(Objects.requireNonNull(text, "text")));
    }

    public boolean isPlain() {
        return key.isEmpty();
    }

    /** In the language of {@code locale} (Chinese for {@code zh*}, English otherwise). */
    public String in(Locale locale) {
        return isPlain() ? args.get(0)
                : Catalogue.of(locale).format(key, args.stream().map(a -> decoded(a, locale)).toList());
    }

    /** In English: what logs without a site and tests read. */
    public String english() {
        return in(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return english();
    }
}
