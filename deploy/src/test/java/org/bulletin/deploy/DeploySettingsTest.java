package org.bulletin.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deploy.* keys of jbake.properties, the options that win over them, and hosting warnings. */
class DeploySettingsTest {

    @TempDir
    Path dir;

    @Test
    void credentialsInJbakePropertiesAreAnErrorAtTheirLine() throws Exception {
        Path site = TestSites.write(dir.resolve("site"), """
                -- jbake.properties --
                site.title=Test
                deploy.to=s3://meiting/week
                deploy.endpoint=https://oss-cn-hangzhou.aliyuncs.com
                deploy.secret-key=abc
                deploy.max-deletes=many
                -- out/index.html --
                <!DOCTYPE html>
                """);

        DeployResult result = Deployer.deploy(new DeployRequest(site.resolve("out"), site, Map.of(),
                DeployOptions.none(), Map.of(), new RecordingListener()));

        assertThat(result.status()).isEqualTo(DeployResult.Status.BAD_SETTINGS);
        assertThat(result.messages()).containsExactly(
                "jbake.properties:4: deploy.secret-key: credentials never go in jbake.properties (it is shared and "
                        + "kept in Git); remove the line and set BULLETIN_DEPLOY_ACCESS_KEY and BULLETIN_DEPLOY_SECRET "
                        + "in the environment instead",
                "jbake.properties:5: deploy.max-deletes: 'many' is not a number of 0 or more");
        assertThat(String.join("\n", result.messages())).doesNotContain("abc");
    }

    @Test
    void aBucketTargetNeedsAnEndpoint() throws Exception {
        Path site = TestSites.write(dir.resolve("site"), """
                -- jbake.properties --
                deploy.to=s3://meiting
                -- out/index.html --
                <!DOCTYPE html>
                """);

        DeployResult result = Deployer.deploy(new DeployRequest(site.resolve("out"), site, Map.of(),
                DeployOptions.none(), Map.of(), new RecordingListener()));

        assertThat(result.status()).isEqualTo(DeployResult.Status.BAD_SETTINGS);
        assertThat(result.messages()).singleElement().asString().startsWith("an s3:// target needs --endpoint URL");
    }

    @Test
    void targetsParse() {
        assertThat(DeployTarget.parse("s3://meiting/week")).isEqualTo(new DeployTarget("meiting", "week/", null));
        assertThat(DeployTarget.parse("s3://meiting")).isEqualTo(new DeployTarget("meiting", "", null));
        assertThat(DeployTarget.parse("/var/www/meiting").folder()).isEqualTo(Path.of("/var/www/meiting"));
    }

    @Test
    void mainlandHostsWithoutIcpNumberAreWarnedAbout() {
        assertThat(Hosting.mainland("oss-cn-hangzhou.aliyuncs.com")).isTrue();
        assertThat(Hosting.mainland("meiting.oss-cn-hongkong.aliyuncs.com")).isFalse();
        assertThat(Hosting.mainland("cos.ap-guangzhou.myqcloud.com")).isTrue();
        assertThat(Hosting.mainland("cos.ap-singapore.myqcloud.com")).isFalse();
        assertThat(Hosting.mainland("obs.cn-north-4.myhuaweicloud.com")).isTrue();
        assertThat(Hosting.mainland("s3.amazonaws.com")).isFalse();
        assertThat(Hosting.mainland("www.meiting.org.cn")).isTrue();

        assertThat(Hosting.warnings("https://example.org/", "cos.ap-guangzhou.myqcloud.com", ""))
                .singleElement().asString().contains("site.icp is empty");
        assertThat(Hosting.warnings("https://example.org/", "cos.ap-guangzhou.myqcloud.com", "闽ICP备00000000号"))
                .isEmpty();
        assertThat(Hosting.warnings("https://meiting-1250000000.cos-website.ap-hongkong.myqcloud.com/", null, ""))
                .singleElement().asString().contains("default domain", "custom domain with ICP filing");
    }

    @Test
    void headersFollowTheKindOfFile() {
        FileHeaders h = new FileHeaders("feed.xml", "sitemap.xml");
        assertThat(h.cacheControl("articles/a.html")).isEqualTo(FileHeaders.NO_CACHE);
        assertThat(h.cacheControl("feed.xml")).isEqualTo(FileHeaders.NO_CACHE);
        assertThat(h.cacheControl("sitemap.xml")).isEqualTo(FileHeaders.NO_CACHE);
        assertThat(h.cacheControl("images/p-480.0123abcd.webp")).isEqualTo(FileHeaders.IMMUTABLE);
        assertThat(h.cacheControl("css/site.3f9a2c1b.css")).isEqualTo(FileHeaders.IMMUTABLE); // the theme's, keyed
        assertThat(h.cacheControl("js/quiz.0123abcd.js")).isEqualTo(FileHeaders.IMMUTABLE);
        assertThat(h.cacheControl("css/site.css")).isEqualTo(FileHeaders.SHORT);
        assertThat(h.cacheControl("images/2022.03.14.png")).isEqualTo(FileHeaders.SHORT);
        assertThat(h.contentType("css/site.css")).isEqualTo("text/css; charset=utf-8");
        assertThat(h.contentType("images/p.svg")).isEqualTo("image/svg+xml; charset=utf-8");
        assertThat(h.contentType("feed.xml")).isEqualTo("application/atom+xml; charset=utf-8");
        assertThat(h.contentType("data.bin")).isEqualTo("application/octet-stream");
    }
}
