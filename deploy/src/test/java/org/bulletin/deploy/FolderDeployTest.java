package org.bulletin.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bulletin deploy OUT --to DIR} and the check after deploying, against a real HTTP server on
 * 127.0.0.1 (the JDK's) that serves the deployed folder right, or the way the COS/OSS default domains
 * do (HTML as a download), or under another address, or an old copy.
 */
class FolderDeployTest {

    @TempDir
    Path dir;

    private Path site;
    private Path out;
    private Path www;
    private HttpServer server;
    private volatile String mode = "right";

    @BeforeEach
    void setUp() throws IOException {
        site = TestSites.write(dir.resolve("site"), """
                -- jbake.properties --
                site.title=Test
                site.icp=闽ICP备00000000号-1
                """);
        out = TestSites.write(dir.resolve("out"), """
                -- index.html --
                <!DOCTYPE html><title>home</title><a href="articles/a.html">a</a>
                -- 404.html --
                <!DOCTYPE html><title>not found</title>
                -- articles/a.html --
                <!DOCTYPE html><title>a</title><img src="../images/p-480.0123abcd.webp">
                -- images/p-480.0123abcd.webp --
                RIFF-not-really-webp
                -- css/site.css --
                body { color: black }
                """);
        www = dir.resolve("www");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    @AfterEach
    void tearDown() {
        server.stop(0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(1);
        Path file = www.resolve(path.isEmpty() ? "index.html" : path);
        if (mode.equals("elsewhere")) {
            exchange.getResponseHeaders().add("Location", "https://www.example.cn/" + path);
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
            return;
        }
        byte[] body = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        if (mode.equals("old")) {
            body = "<!DOCTYPE html><title>last week's page</title>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().add("Content-Type", new FileHeaders("feed.xml", "sitemap.xml")
                .contentType(file.getFileName().toString()));
        if (mode.equals("download")) { // what a COS bucket's default domain answers since 2024
            exchange.getResponseHeaders().add("Content-Disposition", "attachment");
            exchange.getResponseHeaders().add("x-cos-force-download", "true");
        }
        exchange.sendResponseHeaders(Files.exists(file) ? 200 : 404, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Test
    void deploysIntoTheFolderAndTheCheckPasses() throws Exception {
        DeployResult result = deploy(false);

        assertThat(result.status()).as(result.messages().toString()).isEqualTo(DeployResult.Status.DEPLOYED);
        assertThat(result.uploaded()).isEqualTo(5);
        assertThat(Files.readString(www.resolve("articles/a.html"))).isEqualTo(Files.readString(out.resolve("articles/a.html")));
        assertThat(dir).isDirectoryNotContaining("glob:**/.www.bulletin-*");

        DeployResult again = deploy(false);
        assertThat(again.uploaded()).isZero();
        assertThat(again.unchanged()).isEqualTo(5);
    }

    @Test
    void aDeletedFileIsDeletedAndTheGuardHoldsBackTooMany() throws Exception {
        deploy(false);
        Files.delete(out.resolve("articles/a.html"));
        Files.writeString(out.resolve("index.html"), "<!DOCTYPE html><title>home</title>");

        DeployResult refused = Deployer.deploy(request(new DeployOptions(www.toString(), null, null, null, 0, false,
                false, false)));
        assertThat(refused.status()).isEqualTo(DeployResult.Status.REFUSED);
        assertThat(www.resolve("articles/a.html")).exists();

        DeployResult result = deploy(false);
        assertThat(result.deleted()).isEqualTo(1);
        assertThat(www.resolve("articles/a.html")).doesNotExist();
    }

    @Test
    void theCheckCatchesHtmlServedAsADownload() throws Exception {
        mode = "download";

        DeployResult result = deploy(true);

        assertThat(result.status()).isEqualTo(DeployResult.Status.CHECK_FAILED);
        assertThat(result.messages()).singleElement().asString()
                .contains("is served as a download (Content-Disposition: attachment)",
                        "use a custom domain with ICP filing");
    }

    @Test
    void theCheckCatchesASiteAnsweringUnderAnotherAddress() throws Exception {
        mode = "elsewhere";

        DeployResult result = deploy(true);

        assertThat(result.status()).isEqualTo(DeployResult.Status.CHECK_FAILED);
        assertThat(result.messages()).singleElement().asString()
                .contains("redirect (301) to https://www.example.cn/", "another address than site.host");
    }

    @Test
    void theCheckCatchesPagesThatDifferFromTheUploadedOnes() throws Exception {
        mode = "old";

        DeployResult result = deploy(true);

        assertThat(result.status()).isEqualTo(DeployResult.Status.CHECK_FAILED);
        assertThat(result.messages()).singleElement().asString().contains("differs from the uploaded index.html");
    }

    @Test
    void theCheckPassesWhenServedRight() throws Exception {
        DeployResult result = deploy(true);

        assertThat(result.status()).as(result.messages().toString()).isEqualTo(DeployResult.Status.DEPLOYED);
    }

    @Test
    void anOutputWithoutHomePageIsRefused() throws Exception {
        Files.delete(out.resolve("index.html"));

        DeployResult result = deploy(false);

        assertThat(result.status()).isEqualTo(DeployResult.Status.BAD_SETTINGS);
        assertThat(result.messages()).singleElement().asString().contains("has no index.html");
        assertThat(www).doesNotExist();
    }

    @Test
    void aFolderInDeployToIsRelativeToTheSiteFolder() throws Exception {
        Files.writeString(site.resolve("jbake.properties"), "deploy.to=../published\ndeploy.verify=false\n");

        DeployResult result = Deployer.deploy(new DeployRequest(out, site, Map.of(), DeployOptions.none(), Map.of(),
                new RecordingListener()));

        assertThat(result.status()).as(result.messages().toString()).isEqualTo(DeployResult.Status.DEPLOYED);
        assertThat(dir.resolve("published/articles/a.html")).hasSameBinaryContentAs(out.resolve("articles/a.html"));
    }

    @Test
    void aLongUploadReportsProgressInFilesAndBytes() throws Exception {
        for (int i = 0; i < 25; i++) {
            Files.writeString(out.resolve("images/photo-" + i + ".0123abcd.jpg"), "x".repeat(1000));
        }
        RecordingListener listener = new RecordingListener();

        DeployResult result = Deployer.deploy(new DeployRequest(out, site, Map.of(), new DeployOptions(www.toString(),
                null, null, null, null, false, false, false), Map.of(), listener, java.util.Locale.ENGLISH));

        assertThat(result.summary()).matches("30 uploaded \\(2\\d\\.\\d KB\\), 0 unchanged, 0 deleted in \\d+\\.\\d s");
        assertThat(listener.lines).contains("Uploading 30 files (" + DeployResult.size(result.bytes()) + ") to " + www + "…");
        assertThat(listener.lines.stream().filter(l -> l.matches("  \\d+0%: \\d+/30 files, .* of .*")).toList())
                .hasSizeBetween(5, 10).last().asString().startsWith("  100%: 30/30 files");
    }

    @Test
    void aChineseSiteIsToldInChineseAndAnEnglishSiteInEnglish() throws Exception {
        mode = "download";
        RecordingListener listener = new RecordingListener();
        DeployResult result = Deployer.deploy(new DeployRequest(out, site, Map.of("site.host", "http://127.0.0.1:"
                + server.getAddress().getPort() + "/"), new DeployOptions(www.toString(), null, null, null, null, true,
                false, false), Map.of(), listener)); // the site has no site.locale: zh-CN

        assertThat(result.status()).isEqualTo(DeployResult.Status.CHECK_FAILED);
        assertThat(result.language().toLanguageTag()).isEqualTo("zh-CN");
        assertThat(result.shown()).singleElement().asString().endsWith("/ 被当作下载文件（Content-Disposition: attachment），"
                + "浏览器和微信会把它存成文件，而不是显示网页。腾讯云 COS（2024 年以后的存储桶）和阿里云 OSS 的默认域名会这样："
                + "请使用已备案的自定义域名，并把 site.host 设为它（使用手册“发布与部署”一节）");
        assertThat(listener.lines).contains("正在上传 5 个文件（" + DeployResult.size(result.bytes()) + "）到 " + www + "……")
                .anyMatch(l -> l.startsWith("已发布到 " + www + "：上传 5 个（"));
        assertThat(result.messages()).singleElement().asString().contains("is served as a download");

        Files.writeString(site.resolve("jbake.properties"), "site.locale=en\n", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(out.resolve("404.html"), "<!DOCTYPE html><title>gone</title>");
        RecordingListener english = new RecordingListener();
        DeployResult again = Deployer.deploy(new DeployRequest(out, site, Map.of(), new DeployOptions(www.toString(),
                null, null, null, -1, false, false, false), Map.of(), english));
        assertThat(again.shown()).containsExactly("--max-deletes must be 0 or more");
        DeployResult done = Deployer.deploy(new DeployRequest(out, site, Map.of(), new DeployOptions(www.toString(),
                null, null, null, null, false, false, false), Map.of(), english));
        assertThat(english.lines).contains("Uploading 1 file (" + DeployResult.size(done.bytes()) + ") to " + www + "…")
                .anyMatch(l -> l.startsWith("Deployed to " + www + ": 1 uploaded ("));
    }

    private DeployResult deploy(boolean verify) throws InterruptedException {
        return Deployer.deploy(request(new DeployOptions(www.toString(), null, null, null, null, verify, false, false)));
    }

    private DeployRequest request(DeployOptions options) {
        return new DeployRequest(out, site, Map.of("site.host", "http://127.0.0.1:" + server.getAddress().getPort() + "/"),
                options, Map.of(), new RecordingListener());
    }

}
