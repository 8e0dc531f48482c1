package org.bulletin.maven;

import static org.bulletin.maven.RequestMapping.PREFIX;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.bulletin.deploy.DeployOptions;
import org.bulletin.deploy.DeployRequest;
import org.bulletin.deploy.DeployResult;
import org.bulletin.deploy.Deployer;
import org.bulletin.problem.Text;

/**
 * Publishes the built site in {@code outputDirectory} to S3-compatible object storage or a folder, like
 * {@code bulletin deploy}: uploads only what changed, deletes what is gone (at most {@code maxDeletes}),
 * then fetches the site at {@code site.host}. Not bound to a phase: run it after {@code package}, e.g.
 * {@code mvn package bulletin:deploy}. Settings also come from the site's {@code deploy.*} keys;
 * credentials only from the environment ({@code BULLETIN_DEPLOY_ACCESS_KEY}/{@code BULLETIN_DEPLOY_SECRET},
 * or the AWS SDK's variables and profile files).
 *
 * @since 0.1.0
 */
@Mojo(name = "deploy", threadSafe = true)
public class DeployMojo extends AbstractSiteMojo {

    /**
     * Where to: {@code s3://BUCKET/PREFIX} or a folder. The CLI's {@code --to}; default: {@code deploy.to}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "to")
    String to;

    /**
     * The S3 API address, e.g. {@code https://oss-cn-hangzhou.aliyuncs.com}. The CLI's {@code --endpoint};
     * default: {@code deploy.endpoint}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "endpoint")
    String endpoint;

    /**
     * The signing region. The CLI's {@code --region}; default: {@code deploy.region}, else {@code us-east-1}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "region")
    String region;

    /**
     * Path-style addresses ({@code ENDPOINT/BUCKET}, MinIO). The CLI's {@code --path-style}; default:
     * {@code deploy.path-style}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "pathStyle")
    Boolean pathStyle;

    /**
     * Refuse to delete more files than this. The CLI's {@code --max-deletes}; default:
     * {@code deploy.max-deletes}, else 256.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "maxDeletes")
    Integer maxDeletes;

    /**
     * Delete more than {@code maxDeletes} files. The CLI's {@code --force}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "force", defaultValue = "false")
    boolean force;

    /**
     * List what would be uploaded and deleted; change nothing. The CLI's {@code --dry-run}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "dryRun", defaultValue = "false")
    boolean dryRun;

    /**
     * {@code false}: do not fetch the site after deploying (a host not reachable from CI). The CLI's
     * {@code --no-verify}; default: {@code deploy.verify}, else {@code true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "verify")
    Boolean verify;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        DeployOptions options = new DeployOptions(to, endpoint, region, pathStyle, maxDeletes, verify, dryRun, force);
        DeployResult result;
        try {
            result = Deployer.deploy(new DeployRequest(outputDirectory.toPath(), siteDirectory.toPath(),
                    request().overrides(), options, System.getenv(), listener(), language()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException(Text.of("deploy.interrupted").in(language()), e);
        }
        switch (result.status()) {
            case DEPLOYED -> result.shown().forEach(getLog()::info);
            case FAILED -> throw new MojoExecutionException(String.join("\n", result.shown()));
            default -> {
                result.shown().forEach(getLog()::error);
                throw new MojoFailureException(String.join("\n", result.shown()));
            }
        }
    }
}
