package org.bulletin.deploy;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.bulletin.generator.BuildListener;

/**
 * One call of {@link Deployer#deploy}.
 *
 * @param output      the built site (the build's output folder)
 * @param site        the site folder, for {@code jbake.properties} ({@code deploy.*}, {@code site.host},
 *                    {@code site.icp}, file names); one without the file means defaults
 * @param overrides   keys that win over the site file ({@code -D}, Maven's {@code siteProperties})
 * @param options     the command line's or the Mojo's settings
 * @param environment where credentials are looked up ({@code BULLETIN_DEPLOY_ACCESS_KEY}/{@code …_SECRET};
 *                    otherwise the AWS SDK's usual places); {@code System.getenv()} outside tests
 * @param listener    progress and details
 * @param language    the language of the messages and progress lines, or null for the site's
 *                    ({@code site.locale})
 */
public record DeployRequest(Path output, Path site, Map<String, String> overrides, DeployOptions options,
                            Map<String, String> environment, BuildListener listener, Locale language) {

    public DeployRequest {
        overrides = Map.copyOf(overrides);
        environment = Map.copyOf(environment);
    }

    /** A request in the site's language. */
    public DeployRequest(Path output, Path site, Map<String, String> overrides, DeployOptions options,
                         Map<String, String> environment, BuildListener listener) {
        this(output, site, overrides, options, environment, listener, null);
    }
}
