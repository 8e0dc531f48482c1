package org.bulletin.deploy;

import java.nio.file.Path;
import org.bulletin.problem.Text;

/**
 * Where a site goes: a bucket and key prefix of S3-compatible object storage ({@code s3://BUCKET/PREFIX}),
 * or a folder on this machine (e.g. nginx's root).
 *
 * @param bucket the bucket, or null for a folder
 * @param prefix the key prefix, empty or ending with {@code /}
 * @param folder the folder, or null for a bucket
 */
public record DeployTarget(String bucket, String prefix, Path folder) {

    /** A {@code --to} that names no target; its message is English, {@link #text()} in any language. */
    public static final class BadTarget extends IllegalArgumentException {
        private final transient Text text;

        BadTarget(Text text) {
            super(text.english());
            this.text = text;
        }

        public Text text() {
            return text;
        }
    }

    /** Parses {@code --to}: {@code s3://BUCKET[/PREFIX]} or a folder path; {@link BadTarget} when it is neither. */
    public static DeployTarget parse(String to) {
        if (to.startsWith("s3://")) {
            String rest = to.substring("s3://".length());
            int slash = rest.indexOf('/');
            String bucket = slash < 0 ? rest : rest.substring(0, slash);
            String prefix = slash < 0 ? "" : rest.substring(slash + 1);
            if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,62}")) {
                throw new BadTarget(Text.of("deploy.target.no-bucket", to));
            }
            while (prefix.startsWith("/")) {
                prefix = prefix.substring(1);
            }
            if (prefix.contains("..") || prefix.contains("//")) {
                throw new BadTarget(Text.of("deploy.target.bad-prefix", to));
            }
            if (!prefix.isEmpty() && !prefix.endsWith("/")) {
                prefix = prefix + "/";
            }
            return new DeployTarget(bucket, prefix, null);
        }
        if (to.contains("://")) {
            throw new BadTarget(Text.of("deploy.target.unsupported", to));
        }
        return new DeployTarget(null, "", Path.of(to));
    }

    /** True for object storage, false for a folder. */
    public boolean bucketTarget() {
        return bucket != null;
    }

    @Override
    public String toString() {
        return bucketTarget() ? "s3://" + bucket + "/" + prefix : folder.toString();
    }
}
