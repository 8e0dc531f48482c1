package org.bulletin.maven;

import java.io.IOException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.bulletin.generator.SiteScaffolder;

/**
 * Writes the sample publicity-week site into {@code siteDirectory} (by default
 * {@code src/main/bulletin}), like {@code bulletin new}. Refuses a folder that is not empty:
 * nothing is ever overwritten.
 *
 * @since 0.1.0
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractBulletinMojo {

    @Override
    protected void run() throws IOException, MojoFailureException {
        int files;
        try {
            files = SiteScaffolder.create(siteDirectory.toPath());
        } catch (IllegalStateException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        getLog().info("Created " + siteDirectory + " (" + files + " files). Next: mvn package, or mvn bulletin:serve");
    }
}
