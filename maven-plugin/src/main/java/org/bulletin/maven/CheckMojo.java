package org.bulletin.maven;

import static org.bulletin.maven.RequestMapping.PREFIX;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.bulletin.check.CheckRequest;
import org.bulletin.check.CheckResult;
import org.bulletin.check.SiteChecker;
import org.bulletin.check.TextReport;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Text;

/**
 * Checks the built site in {@code outputDirectory} before it is published, like {@code bulletin check}:
 * links, anchors and images resolve, every page is reachable, valid HTML, accessibility (axe-core
 * when Chromium is installed), nothing from third-party hosts, nothing the Content-Security-Policy
 * blocks, page weight within the budget. Errors fail the build with every {@code path:line: message}.
 *
 * <p>Bound to {@code verify}: after {@code bulletin:build} (in {@code prepare-package}) and
 * {@code package}, before {@code install} or {@code deploy} publish anything.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractBulletinMojo {

    /**
     * The built site to check. The CLI's {@code OUT}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "outputDirectory", defaultValue = "${project.build.directory}/bulletin-site",
            required = true)
    File outputDirectory;

    /**
     * Page weight budget in KB (HTML + CSS + JS, gzipped); unset: the site's
     * {@code check.page-budget-kb}, else 100. The CLI's {@code --budget-kb}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "budgetKb")
    Integer budgetKb;

    /**
     * Run axe-core in Chromium (skipped, with a note, when Chromium is not installed). The CLI's
     * {@code --no-browser} is {@code false} here.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "browser", defaultValue = "true")
    boolean browser;

    /**
     * Also write a JUnit XML report here, for CI. The CLI's {@code --junit}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "junitXml")
    File junitXml;

    @Override
    protected void run() throws IOException, MojoFailureException {
        if (!Files.isDirectory(outputDirectory.toPath())) {
            throw new MojoFailureException(Text.of("maven.nothing-to-check", outputDirectory).in(language()));
        }
        MavenBuildListener listener = new MavenBuildListener(getLog(), verbose, language());
        CheckRequest request = RequestMapping.checkRequest(outputDirectory, siteDirectory, budgetKb, browser,
                junitXml, listener).withLanguage(lang != null && !lang.isBlank() ? language() : null); // else the site's
        CheckResult result;
        try {
            result = SiteChecker.check(request);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        for (Problem p : result.problems()) {
            if (p.isError()) {
                getLog().error(p.format(result.language()));
            } else {
                getLog().warn(p.format(result.language()));
            }
        }
        String summary = TextReport.summary(result);
        if (!result.passed()) {
            getLog().error(summary);
            throw new SiteContentException(summary, result.errors(), result.language());
        }
        getLog().info(summary);
    }
}
