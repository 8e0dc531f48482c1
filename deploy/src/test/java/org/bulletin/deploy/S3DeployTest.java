package org.bulletin.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.BuildResult;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.testing.SharedGenerator;
import org.bulletin.testing.SlowTest;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * {@code bulletin deploy} to a real S3-compatible server (S3Proxy on 127.0.0.1, filesystem store) with
 * the real SDK client, of the sample site built by the real generator.
 */
@SlowTest // builds the sample site several times (JRuby); about a minute
@ExtendWith(SharedGenerator.class)
class S3DeployTest {

    private static final String PREFIX = "week/";

    @TempDir
    Path dir;

    private S3Server server;
    private S3Client client;
    private Path site;
    private Path out;

    @BeforeEach
    void start(SiteGenerator generator) throws Exception {
        server = new S3Server(Files.createDirectories(dir.resolve("bucket")));
        client = server.client();
        site = TestSites.sample(Files.createDirectories(dir.resolve("site")));
        out = dir.resolve("out");
        build(generator);
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.close();
    }

    @Test
    void firstDeployUploadsEverythingWithTypesAndCacheHeaders() throws Exception {
        List<LocalFile> local = LocalFile.scan(out);

        DeployResult result = deploy(options(server.endpoint().toString()), new RecordingListener());

        assertThat(result.status()).as(result.messages().toString()).isEqualTo(DeployResult.Status.DEPLOYED);
        assertThat(result.uploaded()).isEqualTo(local.size());
        assertThat(result.unchanged()).isZero();
        assertThat(remote()).isEqualTo(md5s(local));
        assertHeaders("index.html", "text/html; charset=utf-8", FileHeaders.NO_CACHE);
        assertHeaders("articles/service-hours.html", "text/html; charset=utf-8", FileHeaders.NO_CACHE);
        assertHeaders("feed.xml", "application/atom+xml; charset=utf-8", FileHeaders.NO_CACHE);
        assertHeaders("sitemap.xml", "application/xml; charset=utf-8", FileHeaders.NO_CACHE);
        assertHeaders(keyed(local, "css/site\\.[0-9a-f]{8}\\.css"), "text/css; charset=utf-8", FileHeaders.IMMUTABLE);
        assertHeaders(keyed(local, "js/site\\.[0-9a-f]{8}\\.js"), "text/javascript; charset=utf-8", FileHeaders.IMMUTABLE);
        assertHeaders("favicon.svg", "image/svg+xml; charset=utf-8", FileHeaders.SHORT);
        String photo = local.stream().map(LocalFile::path).filter(p -> p.matches(".*autumn-park-480\\.[0-9a-f]{8}\\.webp"))
                .findFirst().orElseThrow();
        assertHeaders(photo, "image/webp", FileHeaders.IMMUTABLE);
    }

    @Test
    void secondDeployUploadsNothing() throws Exception {
        deploy(options(server.endpoint().toString()), new RecordingListener());

        RecordingListener listener = new RecordingListener();
        DeployResult again = deploy(options(server.endpoint().toString()), listener);

        assertThat(again.status()).isEqualTo(DeployResult.Status.DEPLOYED);
        assertThat(again.uploaded()).isZero();
        assertThat(again.deleted()).isZero();
        assertThat(again.unchanged()).isEqualTo(LocalFile.scan(out).size());
        assertThat(listener.uploaded()).isEmpty();
    }

    @Test
    void oneEditedArticleUploadsThatPageAndThePagesListingIt(SiteGenerator generator) throws Exception {
        deploy(options(server.endpoint().toString()), new RecordingListener());
        Map<String, String> before = md5s(LocalFile.scan(out));
        Path article = site.resolve("content/articles/service-hours.adoc");
        Files.writeString(article, Files.readString(article).replace("= 党群服务中心服务时间与服务范围",
                "= 党群服务中心服务时间（已更新）"), StandardCharsets.UTF_8);
        build(generator);
        Map<String, String> after = md5s(LocalFile.scan(out));
        List<String> changed = after.keySet().stream().filter(p -> !after.get(p).equals(before.get(p))).sorted().toList();

        RecordingListener listener = new RecordingListener();
        DeployResult result = deploy(options(server.endpoint().toString()), listener);

        assertThat(result.status()).isEqualTo(DeployResult.Status.DEPLOYED);
        assertThat(listener.uploaded()).isEqualTo(changed)
                .contains("articles/service-hours.html", "index.html", "archive.html")
                .doesNotContain("articles/world-social-work-day.html") // neighbours of the article change too
                .noneMatch(p -> p.startsWith("css/site.")); // the style sheet did not change, nor its key
        assertThat(result.unchanged()).isEqualTo(after.size() - changed.size());
        assertThat(changed.size()).isLessThan(after.size() / 3);
        assertThat(remote()).isEqualTo(after);
        // the home page went last: a visitor never gets it before the page it lists
        assertThat(listener.uploaded()).isNotEmpty();
        List<String> order = listener.lines.stream().filter(l -> l.startsWith("  uploaded ")).toList();
        assertThat(order.get(order.size() - 1)).startsWith("  uploaded index.html");
    }

    @Test
    void aDeletedArticleIsDeleted(SiteGenerator generator) throws Exception {
        deploy(options(server.endpoint().toString()), new RecordingListener());
        Files.delete(site.resolve("content/articles/service-hours.adoc"));
        build(generator);

        RecordingListener listener = new RecordingListener();
        DeployResult result = deploy(options(server.endpoint().toString()), listener);

        assertThat(result.status()).isEqualTo(DeployResult.Status.DEPLOYED);
        assertThat(listener.deleted()).contains("articles/service-hours.html");
        assertThat(result.deleted()).isEqualTo(listener.deleted().size());
        assertThat(remote()).isEqualTo(md5s(LocalFile.scan(out)));
    }

    @Test
    void moreDeletionsThanMaxDeletesAreRefusedUnlessForced(SiteGenerator generator) throws Exception {
        deploy(options(server.endpoint().toString()), new RecordingListener());
        Map<String, String> deployed = remote();
        Files.delete(site.resolve("content/articles/service-hours.adoc"));
        build(generator);
        DeployOptions guarded = new DeployOptions("s3://" + S3Server.BUCKET + "/" + PREFIX,
                server.endpoint().toString(), null, true, 0, false, false, false);

        DeployResult refused = deploy(guarded, new RecordingListener());

        assertThat(refused.status()).isEqualTo(DeployResult.Status.REFUSED);
        assertThat(refused.messages()).singleElement().asString().contains("--max-deletes 0", "--force");
        assertThat(remote()).isEqualTo(deployed);

        DeployOptions forced = new DeployOptions(guarded.to(), guarded.endpoint(), null, true, 0, false, false, true);
        assertThat(deploy(forced, new RecordingListener()).status()).isEqualTo(DeployResult.Status.DEPLOYED);
        assertThat(remote()).isEqualTo(md5s(LocalFile.scan(out)));
    }

    @Test
    void dryRunListsThePlanAndChangesNothing() throws Exception {
        DeployOptions dry = new DeployOptions("s3://" + S3Server.BUCKET + "/" + PREFIX,
                server.endpoint().toString(), null, true, null, null, true, false);

        DeployResult result = deploy(dry, new RecordingListener());

        assertThat(result.status()).isEqualTo(DeployResult.Status.DEPLOYED);
        assertThat(result.messages()).contains("upload index.html (new, "
                + DeployResult.size(Files.size(out.resolve("index.html"))) + ", text/html; charset=utf-8, no-cache)");
        assertThat(result.messages().get(result.messages().size() - 1)).startsWith("Dry run, nothing changed");
        assertThat(remote()).isEmpty();
    }

    @Test
    void wrongCredentialsGiveOneLineNamingTheEndpointAndBucket() throws Exception {
        Map<String, String> wrong = Map.of(S3Store.ACCESS_KEY, S3Server.ACCESS_KEY, S3Store.SECRET, "wrong-secret");

        DeployResult result = Deployer.deploy(new DeployRequest(out, site, Map.of(),
                options(server.endpoint().toString()), wrong, new RecordingListener()));

        assertThat(result.status()).isEqualTo(DeployResult.Status.FAILED);
        assertThat(result.messages()).singleElement().asString()
                .contains("bucket " + S3Server.BUCKET + " at " + server.endpoint(), "refused the credentials",
                        S3Store.ACCESS_KEY)
                .doesNotContain("wrong-secret", S3Server.SECRET, "\n", "Exception");
    }

    @Test
    void aConnectionDroppedMidwayLeavesTheOldSiteAndARerunCompletesIt(SiteGenerator generator) throws Exception {
        deploy(options(server.endpoint().toString()), new RecordingListener());
        Map<String, String> old = remote();
        for (String name : List.of("service-hours", "annual-review", "what-social-workers-do")) {
            Path article = site.resolve("content/articles/" + name + ".adoc");
            Files.writeString(article, Files.readString(article) + "\n\n更新：新增一段说明。\n", StandardCharsets.UTF_8);
        }
        build(generator);
        Map<String, String> now = md5s(LocalFile.scan(out));

        DeployResult cut;
        try (CuttingProxy proxy = new CuttingProxy(server.port(), 12_000)) {
            cut = deploy(options("http://127.0.0.1:" + proxy.port()), new RecordingListener());
            assertThat(proxy.didCut()).isTrue();
        }

        assertThat(cut.status()).isEqualTo(DeployResult.Status.FAILED);
        assertThat(cut.messages()).singleElement().asString().contains("run the same command again");
        Map<String, String> between = remote();
        assertThat(between.get("index.html")).isEqualTo(old.get("index.html")); // the home page goes last
        assertThat(between.keySet()).containsAll(old.keySet()); // nothing deleted
        assertThat(between).isNotEqualTo(now);

        DeployResult rerun = deploy(options(server.endpoint().toString()), new RecordingListener());

        assertThat(rerun.status()).isEqualTo(DeployResult.Status.DEPLOYED);
        assertThat(remote()).isEqualTo(now);
        assertThat(rerun.uploaded()).isLessThanOrEqualTo((int) now.keySet().stream()
                .filter(p -> !now.get(p).equals(old.get(p))).count());
    }

    private void build(SiteGenerator generator) throws Exception {
        BuildResult result = generator.build(BuildRequest.of(site, out));
        assertThat(result.published()).as(result.problems().toString()).isTrue();
    }

    private DeployOptions options(String endpoint) {
        return new DeployOptions("s3://" + S3Server.BUCKET + "/" + PREFIX, endpoint, null, true, null, false,
                false, false);
    }

    private DeployResult deploy(DeployOptions options, RecordingListener listener) throws Exception {
        return Deployer.deploy(new DeployRequest(out, site, Map.of(), options, S3Server.credentials(), listener));
    }

    /** Site path → ETag of every object under the prefix. */
    private Map<String, String> remote() {
        Map<String, String> there = new TreeMap<>();
        client.listObjectsV2Paginator(b -> b.bucket(S3Server.BUCKET).prefix(PREFIX)).contents().stream()
                .filter(o -> !o.key().endsWith("/")) // S3Proxy's filesystem store lists its folders too
                .forEach(o -> there.put(o.key().substring(PREFIX.length()), o.eTag().replace("\"", "")));
        return there;
    }

    private static Map<String, String> md5s(List<LocalFile> files) {
        Map<String, String> m = new HashMap<>();
        files.forEach(f -> m.put(f.path(), f.md5()));
        return new TreeMap<>(m);
    }

    /** The one local file whose path matches {@code regex}: a content-keyed name. */
    private static String keyed(List<LocalFile> local, String regex) {
        List<String> paths = local.stream().map(LocalFile::path).filter(p -> p.matches(regex)).toList();
        assertThat(paths).as(regex).hasSize(1);
        return paths.get(0);
    }

    private void assertHeaders(String path, String type, String cacheControl) {
        HeadObjectResponse head;
        try {
            head = client.headObject(b -> b.bucket(S3Server.BUCKET).key(PREFIX + path));
        } catch (NoSuchKeyException e) {
            throw new AssertionError(path + " was not uploaded", e);
        }
        assertThat(head.contentType().replace(" ", "")).as(path).isEqualTo(type.replace(" ", "")); // Jetty drops the space
        assertThat(head.cacheControl()).as(path).isEqualTo(cacheControl);
    }
}
