package org.bulletin.maven;

import static org.bulletin.maven.RequestMapping.PREFIX;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: {@code bulletin.skip} is checked first and logged, the site folder, and the
 * translation of environment failures (missing folders, I/O) into {@link MojoExecutionException}.
 * Content errors are {@link SiteContentException}s and pass through unchanged.
 */
abstract class AbstractBulletinMojo extends AbstractMojo {

    /**
     * Skips the goal (e.g. {@code -Dbulletin.skip} for a build that only needs the Java modules).
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "skip", defaultValue = "false")
    boolean skip;

    /**
     * The site folder: holds {@code jbake.properties}, {@code content/}, {@code assets/},
     * {@code templates/} and {@code data/}. The CLI's {@code SITE} argument.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "siteDirectory", defaultValue = "${basedir}/src/main/bulletin", required = true)
    File siteDirectory;

    /**
     * Logs the generator's details at INFO instead of DEBUG (the CLI's {@code --verbose}).
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "verbose", defaultValue = "false")
    boolean verbose;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    MojoExecution mojoExecution;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping bulletin:" + mojoExecution.getGoal() + " (" + PREFIX + "skip is true)");
            return;
        }
        try {
            run();
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException(describe(e), e);
        }
    }

    /** The goal's work, once skip has been checked. */
    protected abstract void run() throws IOException, MojoExecutionException, MojoFailureException;

    private static String describe(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (t instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile()
                    + (n.getReason() != null ? " (" + n.getReason() + ")" : "");
        }
        if (t instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }
}
