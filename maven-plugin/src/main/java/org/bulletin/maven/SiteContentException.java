package org.bulletin.maven;

import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.bulletin.problem.Problem;

/**
 * The site's content has errors (like the compiler plugin's {@code CompilationFailureException}):
 * the message lists every {@code path:line: message}, so the failure at the end of Maven's output
 * tells the editor what to fix without scrolling back.
 */
public final class SiteContentException extends MojoFailureException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> errors;

    SiteContentException(String summary, List<Problem> errors) {
        super(message(summary, errors));
        this.errors = List.copyOf(errors);
    }

    /** The errors, sorted by file and line. */
    public List<Problem> errors() {
        return errors;
    }

    private static String message(String summary, List<Problem> errors) {
        StringBuilder text = new StringBuilder(summary);
        for (Problem p : errors) {
            text.append(System.lineSeparator()).append("  ").append(p.format());
        }
        return text.toString();
    }
}
