package org.bulletin.report;

/**
 * A result that is not prize-eligible although it claims to be (or could have been), and why.
 *
 * @param file   the file it came from
 * @param line   its line there
 * @param key    its claim code (or {@code client:DEVICE})
 * @param quiz   quiz id
 * @param reason why it is not eligible, in plain words
 */
public record Refusal(String file, long line, String key, String quiz, String reason) {

    static Refusal of(ScoredSubmission s, String reason) {
        return new Refusal(s.submission().file(), s.submission().line(), PrizeDraw.key(s), s.submission().quiz(), reason);
    }

    /** {@code file:line: claim (quiz): reason}. */
    public String format() {
        return file + ":" + line + ": " + key + " (" + quiz + "): " + reason;
    }
}
