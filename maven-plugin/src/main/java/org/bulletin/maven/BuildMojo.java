package org.bulletin.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.BuildResult;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.incremental.BuildFingerprint;
import org.bulletin.problem.Text;

/**
 * Builds the site into {@code outputDirectory}, like {@code bulletin build}. Content errors fail the
 * build with every {@code path:line: message}; the previous output then stays as it was.
 *
 * <p>Skipped when nothing changed: the {@link BuildFingerprint} of the inputs, the request and the
 * generator is stored under {@code target/} after a successful build and compared before the next
 * (with each file's hash, size and times, so that check reads only files whose times changed).
 *
 * <p>Bound to {@code prepare-package}: after the tests (a project's own templates or extensions are
 * tested first, and {@code mvn test} does not pay for starting Asciidoctor), and before
 * {@code package}, so packaging plugins can pick up the finished site.
 *
 * @since 0.1.0
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractSiteMojo {

    @Override
    protected void run() throws IOException, SiteContentException {
        BuildRequest request = request().forPublishing();
        Path state = BuildFingerprint.stateFile(buildDirectory.toPath(), request.outputDir());
        // files whose size and times are those of the last build are not read again
        BuildFingerprint fingerprint = BuildFingerprint.of(request.fingerprintInputs(), List.of(buildDirectory.toPath()), state);
        if (fingerprint.upToDate(state)) {
            fingerprint.remember(state);
            getLog().info(Text.of("maven.up-to-date", request.outputDir()).in(language()));
            return;
        }
        MavenBuildListener listener = listener();
        BuildResult result;
        try (SiteGenerator generator = new SiteGenerator(listener)) {
            result = generator.build(request);
        }
        report(listener, result);
        fingerprint.save(state);
    }
}
