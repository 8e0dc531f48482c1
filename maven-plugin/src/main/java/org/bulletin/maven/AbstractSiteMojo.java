package org.bulletin.maven;

import static org.bulletin.maven.RequestMapping.PREFIX;

import java.io.File;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.Parameter;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.BuildResult;

/** The parameters of the goals that build a site (build, serve, check), with the CLI's names and meanings. */
abstract class AbstractSiteMojo extends AbstractBulletinMojo {

    /**
     * Where the finished site goes. It is replaced only by a complete build without errors.
     * The CLI's {@code --output}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "outputDirectory", defaultValue = "${project.build.directory}/bulletin-site",
            required = true)
    File outputDirectory;

    /**
     * Publish for this address instead of {@code site.host} (e.g. a staging server): canonical links,
     * the feed and the sitemap use it. The CLI's {@code --base-url}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "baseUrl")
    String baseUrl;

    /**
     * {@code true}: warnings fail the build; {@code false}: they never do; unset: the site's
     * {@code strict} key decides. The CLI's {@code --strict}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "strict")
    Boolean strict;

    /**
     * Keys of {@code jbake.properties} to override, e.g. {@code <site.host>https://example.org/</site.host>}.
     * The CLI's {@code -D KEY=VALUE}. On the Maven command line, {@code -Dbulletin.KEY=VALUE} overrides
     * any key that contains a dot ({@code -Dbulletin.site.host=…}) and wins over this map and
     * {@code baseUrl}.
     *
     * @since 0.1.0
     */
    @Parameter
    Map<String, String> siteProperties;

    /**
     * Where converted documents are kept between builds, so a build converts only what changed.
     * Default: {@code .<output folder name>.bulletin-cache} beside {@code outputDirectory}, i.e. in
     * {@code target/}, which {@code mvn clean} deletes; a folder outside {@code target/} (e.g.
     * {@code ${basedir}/.bulletin-cache}) keeps builds after {@code mvn clean} fast. The cache checks
     * itself: entries of another generator version, other attributes or templates are not used.
     * The CLI's {@code --cache}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "cacheDirectory")
    File cacheDirectory;

    /**
     * Converts every document; neither reads nor writes the cache. The CLI's {@code --no-cache}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "noCache", defaultValue = "false")
    boolean noCache;

    /** Maven's build folder ({@code target/}): not an input of the site, home of the up-to-date state. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** The parameters as the generator's request. */
    BuildRequest request() {
        return request(outputDirectory);
    }

    /** The parameters as the generator's request, writing to {@code output}. */
    BuildRequest request(File output) {
        BuildRequest request = RequestMapping.withCache(RequestMapping.request(siteDirectory, output, baseUrl, strict,
                siteProperties, session.getUserProperties()), cacheDirectory, noCache);
        // the generator's own lines (stages, progress) in the log's language too
        return lang != null && !lang.isBlank() ? request.withLanguage(language()) : request;
    }

    MavenBuildListener listener() {
        return new MavenBuildListener(getLog(), verbose, language());
    }

    /** Logs a build's problems; fails with every error listed when nothing was published. */
    void report(MavenBuildListener listener, BuildResult result) throws SiteContentException {
        listener.report(result);
        if (result.failed()) {
            throw new SiteContentException(result.summary(language()), result.errors(), language());
        }
    }
}
