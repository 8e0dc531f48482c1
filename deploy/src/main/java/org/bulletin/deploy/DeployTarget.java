package org.bulletin.deploy;

import java.nio.file.Path;

/**
 * Where a site goes: a bucket and key prefix of S3-compatible object storage ({@code s3://BUCKET/PREFIX}),
 * or a folder on this machine (e.g. nginx's root).
 *
 * @param bucket the bucket, or null for a folder
 * @param prefix the key prefix, empty or ending with {@code /}
 * @param folder the folder, or null for a bucket
 */
public record DeployTarget(String bucket, String prefix, Path folder) {

    /** Parses {@code --to}: {@code s3://BUCKET[/PREFIX]} or a folder path. */
    public static DeployTarget parse(String to) {
        if (to.startsWith("s3://")) {
            String rest = to.substring("s3://".length());
            int slash = rest.indexOf('/');
            String bucket = slash < 0 ? rest : rest.substring(0, slash);
            String prefix = slash < 0 ? "" : rest.substring(slash + 1);
            if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,62}")) {
                throw new IllegalArgumentException("'" + to + "' does not name a bucket: write s3://BUCKET or "
                        + "s3://BUCKET/PREFIX (bucket names are lower case letters, digits, '-' and '.')");
            }
            while (prefix.startsWith("/")) {
                prefix = prefix.substring(1);
            }
            if (prefix.contains("..") || prefix.contains("//")) {
                throw new IllegalArgumentException("'" + to + "': the prefix may not contain '..' or '//'");
            }
            if (!prefix.isEmpty() && !prefix.endsWith("/")) {
                prefix = prefix + "/";
            }
            return new DeployTarget(bucket, prefix, null);
        }
        if (to.contains("://")) {
            throw new IllegalArgumentException("'" + to + "': only s3://BUCKET/PREFIX and folders are supported "
                    + "(Aliyun OSS, Tencent COS, Huawei OBS, MinIO and AWS all speak s3://)");
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
