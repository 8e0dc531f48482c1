package org.bulletin.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.bulletin.deploy.DeployOptions;
import org.bulletin.deploy.DeployRequest;
import org.bulletin.deploy.DeployResult;
import org.bulletin.deploy.Deployer;
import org.bulletin.problem.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bulletin deploy OUT --to s3://BUCKET/PREFIX --endpoint URL [--region R] [--path-style] [--dry-run]
 * [--max-deletes N] [--force] [--no-verify]}, or {@code --to DIR}: parses the options and calls
 * {@link Deployer}.
 */
@Command(name = "deploy", mixinStandardHelpOptions = true, versionProvider = BulletinCli.Version.class,
        description = {"Publish a built site to S3-compatible object storage (Aliyun OSS, Tencent COS, Huawei OBS, "
                + "MinIO, AWS S3) or a folder: uploads only what changed, pages after their images and styles, "
                + "then checks the site at site.host.",
                "Credentials: BULLETIN_DEPLOY_ACCESS_KEY and BULLETIN_DEPLOY_SECRET, or the AWS variables and "
                        + "profile files; never in jbake.properties."})
final class DeployCommand implements Callable<Integer> {

    @ParentCommand
    BulletinCli cli;

    @Parameters(index = "0", paramLabel = "OUT", description = "The built site (the output folder of bulletin build).")
    Path output;

    @Option(names = "--site", paramLabel = "SITE", defaultValue = ".",
            description = "The site folder, for jbake.properties (deploy.*, site.host, site.icp); default: ${DEFAULT-VALUE}.")
    Path site;

    @Option(names = {"-D", "--property"}, paramLabel = "KEY=VALUE",
            description = "Override a key of jbake.properties, e.g. -D site.host=https://staging.example.org/.")
    Map<String, String> properties = new TreeMap<>();

    @Option(names = "--to", paramLabel = "s3://BUCKET/PREFIX|DIR", description = "Where to (deploy.to).")
    String to;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "The S3 API address, e.g. https://oss-cn-hangzhou.aliyuncs.com (deploy.endpoint).")
    String endpoint;

    @Option(names = "--region", paramLabel = "R", description = "The signing region (deploy.region; default us-east-1).")
    String region;

    @Option(names = "--path-style", description = "Address the bucket as ENDPOINT/BUCKET (MinIO; deploy.path-style).")
    Boolean pathStyle;

    @Option(names = "--dry-run", description = "List what would be uploaded and deleted; change nothing.")
    boolean dryRun;

    @Option(names = "--max-deletes", paramLabel = "N",
            description = "Refuse to delete more than N files (deploy.max-deletes; default 256).")
    Integer maxDeletes;

    @Option(names = "--force", description = "Delete more than --max-deletes files.")
    boolean force;

    @Option(names = "--no-verify", negatable = false,
            description = "Skip fetching the site after deploying (a host not reachable from here, e.g. CI).")
    boolean noVerify;

    @Override
    public Integer call() throws Exception {
        DeployOptions options = new DeployOptions(to, endpoint, region, pathStyle, maxDeletes,
                noVerify ? Boolean.FALSE : null, dryRun, force);
        ConsoleReporter console = cli.console();
        DeployResult result = Deployer.deploy(new DeployRequest(output, site, properties, options, System.getenv(),
                console));
        // in the site's language (site.locale)
        switch (result.status()) {
            case DEPLOYED:
                result.shown().forEach(cli.out()::println);
                return ExitCodes.OK;
            case BAD_SETTINGS:
            case REFUSED:
                result.shown().forEach(m -> cli.error(Text.plain(m), result.language()));
                return ExitCodes.USAGE;
            default:
                result.shown().forEach(m -> cli.error(Text.plain(m), result.language()));
                if (!cli.verbose) {
                    cli.err().println("(run with --verbose for details)");
                }
                return ExitCodes.ENVIRONMENT;
        }
    }
}
