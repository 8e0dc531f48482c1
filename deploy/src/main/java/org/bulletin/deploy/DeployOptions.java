package org.bulletin.deploy;

/**
 * The settings given on the command line or as Maven parameters; a null one falls back to the site's
 * {@code deploy.*} key, then to the default.
 *
 * @param to         {@code --to}: {@code s3://BUCKET/PREFIX} or a folder ({@code deploy.to})
 * @param endpoint   {@code --endpoint}: the S3 API address ({@code deploy.endpoint})
 * @param region     {@code --region} ({@code deploy.region}, default {@code us-east-1})
 * @param pathStyle  {@code --path-style}: {@code https://endpoint/bucket/key} addresses ({@code deploy.path-style})
 * @param maxDeletes {@code --max-deletes} ({@code deploy.max-deletes}, default 256)
 * @param verify     false for {@code --no-verify} ({@code deploy.verify}, default true)
 * @param dryRun     {@code --dry-run}: list what would be done, change nothing
 * @param force      {@code --force}: delete more than {@code maxDeletes} files
 */
public record DeployOptions(String to, String endpoint, String region, Boolean pathStyle, Integer maxDeletes,
                            Boolean verify, boolean dryRun, boolean force) {

    /** Nothing given: every setting from the site or the defaults. */
    public static DeployOptions none() {
        return new DeployOptions(null, null, null, null, null, null, false, false);
    }
}
