package org.bulletin.deploy;

import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bulletin.problem.Text;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A bucket of S3-compatible object storage (Aliyun OSS, Tencent COS, Huawei OBS, MinIO, AWS S3) through
 * the AWS SDK's S3 client: the only class that knows the SDK. Every file is uploaded in one part with
 * its {@code Content-MD5}, so its ETag is its MD5 and the next deploy can compare without downloading.
 * The SDK retries failed requests with backoff (standard mode, 5 attempts); checksums are sent only
 * where the S3 API requires them, since most S3-compatible services reject the SDK's newer default ones.
 */
final class S3Store implements SiteStore {

    static final String ACCESS_KEY = "BULLETIN_DEPLOY_ACCESS_KEY";
    static final String SECRET = "BULLETIN_DEPLOY_SECRET";
    private static final Set<String> CREDENTIAL_ERRORS = Set.of("InvalidAccessKeyId", "SignatureDoesNotMatch",
            "AccessDenied", "InvalidToken", "ExpiredToken", "InvalidSecurity", "AuthorizationHeaderMalformed",
            "InvalidArgument.AccessKeyId", "UserDisable");

    private final S3Client client;
    private final String bucket;
    private final String prefix;
    private final Text where;

    S3Store(DeployTarget target, URI endpoint, String region, boolean pathStyle, Map<String, String> env)
            throws DeployFailure {
        this.bucket = target.bucket();
        this.prefix = target.prefix();
        this.where = Text.of("deploy.s3.where", bucket, endpoint);
        this.client = S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                // chunked (aws-chunked) uploads off, as Aliyun's guide for the AWS SDK asks
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(pathStyle)
                        .chunkedEncodingEnabled(false).build())
                .credentialsProvider(credentials(env))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(60)))
                .overrideConfiguration(o -> o
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(5).build())
                        .apiCallAttemptTimeout(Duration.ofMinutes(5)))
                .build();
    }

    private AwsCredentialsProvider credentials(Map<String, String> env) throws DeployFailure {
        String key = env.get(ACCESS_KEY);
        String secret = env.get(SECRET);
        if (key != null && !key.isBlank() && secret != null && !secret.isBlank()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(key.strip(), secret.strip()));
        }
        if ((key != null && !key.isBlank()) != (secret != null && !secret.isBlank())) {
            throw new DeployFailure(Text.of("deploy.s3.one-credential", ACCESS_KEY, SECRET, where), null);
        }
        return DefaultCredentialsProvider.builder().build();
    }

    @Override
    public Map<String, String> list() throws DeployFailure {
        Map<String, String> there = new TreeMap<>();
        try {
            for (S3Object o : client.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(bucket)
                    .prefix(prefix.isEmpty() ? null : prefix).build()).contents()) {
                String path = o.key().substring(prefix.length());
                if (!path.isEmpty() && !path.endsWith("/")) {
                    there.put(path, unquote(o.eTag()));
                }
            }
        } catch (SdkException e) {
            throw failure(Text.of("deploy.s3.doing-list", where), e);
        }
        return there;
    }

    @Override
    public void put(DeployPlan.Upload upload) throws DeployFailure {
        LocalFile f = upload.file();
        PutObjectRequest request = PutObjectRequest.builder().bucket(bucket).key(prefix + f.path())
                .contentType(upload.contentType())
                .cacheControl(upload.cacheControl())
                .contentMD5(Base64.getEncoder().encodeToString(HexFormat.of().parseHex(f.md5())))
                .build();
        try {
            client.putObject(request, RequestBody.fromFile(f.file()));
        } catch (SdkException e) {
            throw failure(Text.of("deploy.s3.doing-upload", f.path(), where), e);
        }
    }

    @Override
    public void delete(List<String> paths) throws DeployFailure {
        // one request per file: DeleteObjects needs a checksum header that not every S3-compatible service takes
        for (String path : paths) {
            try {
                client.deleteObject(DeleteObjectRequest.builder().bucket(bucket).key(prefix + path).build());
            } catch (SdkException e) {
                throw failure(Text.of("deploy.s3.doing-delete", path, where), e);
            }
        }
    }

    private DeployFailure failure(Text doing, SdkException e) {
        if (e instanceof S3Exception s) {
            String code = s.awsErrorDetails() != null ? s.awsErrorDetails().errorCode() : null;
            if (code == null) {
                code = "HTTP " + s.statusCode();
            }
            if (CREDENTIAL_ERRORS.contains(code) || s.statusCode() == 403) {
                return new DeployFailure(Text.of("deploy.s3.refused-credentials", doing, code, ACCESS_KEY, SECRET), e);
            }
            if ("NoSuchBucket".equals(code)) {
                return new DeployFailure(Text.of("deploy.s3.no-bucket", doing), e);
            }
            if ("PublicEndpointForbidden".equals(code)) {
                return new DeployFailure(Text.of("deploy.s3.public-endpoint-forbidden", doing), e);
            }
            return new DeployFailure(Text.of("deploy.s3.failed", doing, code
                    + (s.awsErrorDetails() != null && s.awsErrorDetails().errorMessage() != null
                    ? " (" + s.awsErrorDetails().errorMessage() + ")" : "")), e);
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
        if (e instanceof SdkClientException && message.contains("credentials")) {
            return new DeployFailure(Text.of("deploy.s3.no-credentials", where, ACCESS_KEY, SECRET), e);
        }
        return new DeployFailure(Text.of("deploy.s3.failed-after-retrying", doing, message), e);
    }

    private static String unquote(String etag) {
        if (etag == null) {
            return "";
        }
        return etag.replace("\"", "").toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void close() {
        client.close();
    }
}
