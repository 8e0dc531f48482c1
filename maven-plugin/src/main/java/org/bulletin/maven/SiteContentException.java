package org.bulletin.maven;

import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.bulletin.problem.Problem;

/**
 * The site's content has errors (like the compiler plugin's {@code CompilationFailureException}):
 * the message lists every {@code path:line: message}, so the failure at the end of Maven's output
 * tells the editor what to fix without scrolling back, in the goal's language.
 */
public final class SiteContentException extends MojoFailureException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> errors;

    SiteContentException(String summary, List<Problem> errors, Locale language) {
        super(message(summary, errors, language));
        this.errors = List.copyOf(errors);
    }

    /** The errors, sorted by file and line. */
    public List<Problem> errors() {
        return errors;
    }

    private static String message(String summary, List<Problem> errors, Locale language) {
        StringBuilder text = new StringBuilder(summary);
        for (Problem p : errors) {
            text.append(System.lineSeparator()).append("  ").append(p.format(language));
        }
        return text.toString();
    }
}
