package org.bulletin.report;

import java.util.Locale;
import org.bulletin.problem.Text;

/**
 * A result that is not prize-eligible although it claims to be (or could have been), and why.
 *
 * @param file   the file it came from
 * @param line   its line there
 * @param key    its claim code (or {@code client:DEVICE})
 * @param quiz   quiz id
 * @param reason why it is not eligible, in plain words
 */
public record Refusal(String file, long line, String key, String quiz, Text reason) {

    static Refusal of(ScoredSubmission s, Text reason) {
        return new Refusal(s.submission().file(), s.submission().line(), PrizeDraw.key(s), s.submission().quiz(), reason);
    }

    /** {@code file:line: claim (quiz): reason}, in English. */
    public String format() {
        return format(Locale.ENGLISH);
    }

    /** {@code file:line: claim (quiz): reason} in the language of {@code locale}. */
    public String format(Locale locale) {
        return file + ":" + line + ": " + key + " (" + quiz + "): " + reason.in(locale);
    }
}
