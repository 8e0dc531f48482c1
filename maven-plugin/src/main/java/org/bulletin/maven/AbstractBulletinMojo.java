package org.bulletin.maven;

import static org.bulletin.maven.RequestMapping.PREFIX;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.bulletin.config.ConfigLoader;
import org.bulletin.problem.Text;

/**
 * What every goal shares: {@code bulletin.skip} is checked first and logged, the site folder, the language
 * of the log, and the translation of environment failures (missing folders, I/O) into
 * {@link MojoExecutionException}. Content errors are {@link SiteContentException}s and pass through unchanged.
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

    /**
     * The language of the goal's log and failure messages: {@code en} or {@code zh-CN}; unset: the site's
     * {@code site.locale} (zh-CN when the site does not set it), English when there is no site folder.
     *
     * @since 0.2.0
     */
    @Parameter(property = PREFIX + "lang")
    String lang;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    MojoExecution mojoExecution;

    private Locale language;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info(Text.of("maven.skipping", mojoExecution.getGoal(), PREFIX + "skip").in(language()));
            return;
        }
        try {
            run();
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException(describe(e, language()), e);
        }
    }

    /** {@code lang} when given, else the site's {@code site.locale}, else English (no site folder). */
    Locale language() {
        if (language == null) {
            language = lang != null && !lang.isBlank() ? Locale.forLanguageTag(lang.strip()) : siteLanguage(siteDirectory);
        }
        return language;
    }

    /** Forgets the language found, for a goal that has just made the site (init). */
    void languageChanged() {
        language = null;
    }

    /** The {@code site.locale} of the site folder (zh-CN when its {@code jbake.properties} does not say), else English. */
    static Locale siteLanguage(File siteDirectory) {
        if (siteDirectory == null || !Files.isDirectory(siteDirectory.toPath())) {
            return Locale.ENGLISH;
        }
        return ConfigLoader.language(siteDirectory.toPath());
    }

    /** The goal's work, once skip has been checked. */
    protected abstract void run() throws IOException, MojoExecutionException, MojoFailureException;

    private static String describe(Exception e, Locale language) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (t instanceof NoSuchFileException n) {
            return (n.getReason() != null ? Text.of("maven.no-such-file-because", n.getFile(), n.getReason())
                    : Text.of("maven.no-such-file", n.getFile())).in(language);
        }
        if (t instanceof AccessDeniedException a) {
            return Text.of("maven.permission-denied", a.getFile()).in(language);
        }
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }
}
