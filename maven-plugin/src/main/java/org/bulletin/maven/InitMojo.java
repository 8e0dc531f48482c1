package org.bulletin.maven;

import static org.bulletin.maven.RequestMapping.PREFIX;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.bulletin.generator.SiteScaffolder;
import org.bulletin.problem.Text;

/**
 * Writes the sample publicity-week site into {@code siteDirectory} (by default
 * {@code src/main/bulletin}), like {@code bulletin new}, and {@code .mvn/jvm.config} with the JVM
 * options that make builds as fast as the command line's. Refuses a site folder that is not empty and
 * keeps an existing {@code jvm.config}: nothing is ever overwritten.
 *
 * @since 0.1.0
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractBulletinMojo {

    /**
     * Also writes {@code .mvn/jvm.config} in the project's root folder (where {@code mvn} looks for it)
     * with the JVM options of the command line's launcher: the plugin runs inside Maven's JVM, and with
     * Maven's default options a cold build takes about twice as long on a small machine (docs/content/site-builders/maven.md,
     * "Use with Maven"). An existing file is left as it is; the goal then logs the options to add.
     * {@code false}: no such file.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "jvmConfig", defaultValue = "true")
    boolean jvmConfig;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Override
    protected void run() throws IOException, MojoFailureException {
        int files;
        try {
            files = SiteScaffolder.create(siteDirectory.toPath());
        } catch (IllegalStateException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        languageChanged(); // the new site's
        getLog().info(Text.of("maven.init.created", siteDirectory, files).in(language()));
        if (jvmConfig) {
            writeJvmConfig(projectRoot());
        }
    }

    private void writeJvmConfig(Path root) throws IOException {
        Path file = JvmConfig.file(root);
        switch (JvmConfig.write(root)) {
            case WRITTEN -> getLog().info(Text.of("maven.init.jvm-config-written", file, JvmConfig.line(),
                    PREFIX + "jvmConfig").in(language()));
            case PRESENT -> getLog().debug(Text.of("maven.init.jvm-config-present", file).in(language()));
            case KEPT -> getLog().info(Text.of("maven.init.jvm-config-kept", file, JvmConfig.line()).in(language()));
        }
    }

    /** Where Maven looks for {@code .mvn/}: the folder {@code mvn} found it in, else where it was started. */
    private Path projectRoot() {
        File root = session.getRequest().getMultiModuleProjectDirectory();
        return (root != null ? root : new File(session.getExecutionRootDirectory())).toPath().toAbsolutePath();
    }
}
