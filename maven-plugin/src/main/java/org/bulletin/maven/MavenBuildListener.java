package org.bulletin.maven;

import java.util.Locale;
import org.apache.maven.plugin.logging.Log;
import org.bulletin.generator.BuildListener;
import org.bulletin.generator.BuildResult;
import org.bulletin.generator.ProgressLines;
import org.bulletin.problem.Problem;

/**
 * The generator's messages in Maven's log, at Maven's levels: stages and progress at INFO, details
 * at DEBUG ({@code -X}, or INFO with {@code bulletin.verbose}), warnings at WARNING, errors at ERROR; problems
 * in the goal's language (the site's, or {@code bulletin.lang}).
 */
final class MavenBuildListener implements BuildListener {

    private final Log log;
    private final boolean verbose;
    private final Locale language;
    private final ProgressLines progress = new ProgressLines();

    MavenBuildListener(Log log, boolean verbose, Locale language) {
        this.log = log;
        this.verbose = verbose;
        this.language = language;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void debug(String message) {
        if (verbose) {
            log.info(message);
        } else {
            log.debug(message);
        }
    }

    @Override
    public void progress(String stage, int done, int total) {
        progress.line(stage, done, total).ifPresent(log::info);
    }

    /** Logs every problem of a build and its summary line. */
    void report(BuildResult result) {
        for (Problem p : result.problems()) {
            if (p.isError()) {
                log.error(p.format(language));
            } else {
                log.warn(p.format(language));
            }
        }
        if (result.published()) {
            log.info(result.summary(language));
        } else {
            log.error(result.summary(language));
        }
    }
}
