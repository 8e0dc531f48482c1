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

    /** The catalogue's message {@code key} with {@code args} ({@code String.valueOf} of each). */
    public static Text of(String key, Object... args) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a message key is not empty");
        }
        return new Text(key, Arrays.stream(args).map(String::valueOf).toList());
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
        return isPlain() ? args.get(0) : Catalogue.of(locale).format(key, args);
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
