package org.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bulletin.testing.SlowTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The download as a user gets it: {@code target/bulletin-VERSION.zip} and {@code .tar.gz} unpacked into a
 * folder whose name has spaces, parentheses and Chinese, {@code bin/} on PATH, and {@code bulletin new},
 * {@code build}, {@code check} run from another working folder; then {@code java -jar} and the platform
 * charset of Chinese Windows (GBK). Runs after {@code package} (cli/pom.xml, execution "distribution"), which
 * tells it where the archives are; the test phase's run skips it with a message. What needs Windows itself
 * (bin/bulletin.cmd, cmd.exe's code page) is not run here: docs/content/editors/quick-start.md, "Download".
 */
@SlowTest
class DistributionIT {

    @TempDir
    static Path tmp;
    static Path home;
    static Path work;

    @BeforeAll
    static void unpack() throws Exception {
        String dist = System.getProperty("bulletin.dist");
        Assumptions.assumeTrue(dist != null, "runs after packaging: mvn -pl cli -am verify -Dgroups=slow");
        Path zip = Path.of(dist + ".zip");
        Path tgz = Path.of(dist + ".tar.gz");
        assertThat(zip).as("built by mvn package").isRegularFile();
        assertThat(tgz).as("built by mvn package").isRegularFile();
        Path place = tmp.resolve("Program Files (x86)/公益 工具");
        Files.createDirectories(place);
        assertThat(run(tmp, Map.of(), "unzip", "-q", zip.toString(), "-d", place.toString()).code).isZero();
        Path fromTar = tmp.resolve("from tar");
        Files.createDirectories(fromTar);
        assertThat(run(tmp, Map.of(), "tar", "xzf", tgz.toString(), "-C", fromTar.toString()).code).isZero();
        home = place.resolve(Path.of(dist).getFileName().toString());
        assertThat(tree(home)).isEqualTo(tree(fromTar.resolve(home.getFileName().toString())));
        work = tmp.resolve("work folder");
        Files.createDirectories(work);
    }

    @Test
    void archivesHoldLaunchersLibrariesLicencesAndReadme() throws Exception {
        assertThat(home.resolve("bulletin.jar")).isRegularFile();
        assertThat(home.resolve("README.txt")).content().contains("bulletin new my-week");
        assertThat(Files.readAllBytes(home.resolve("bin/bulletin.cmd"))).as("CRLF line ends")
                .containsSequence("\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(Files.readString(home.resolve("bin/bulletin.cmd")).replace("\r\n", "")).doesNotContain("\n");
        assertThat(Files.readString(home.resolve("bin/bulletin"))).doesNotContain("\r");
        assertThat(Files.getPosixFilePermissions(home.resolve("bin/bulletin"))).contains(PosixFilePermission.OWNER_EXECUTE);
        List<String> jars;
        try (Stream<Path> s = Files.list(home.resolve("lib"))) {
            jars = s.map(p -> p.getFileName().toString()).toList();
        }
        String manifest = manifestClassPath(home.resolve("bulletin.jar"));
        for (String entry : manifest.split(" ")) {
            assertThat(jars).as("Class-Path entry " + entry).contains(entry.substring("lib/".length()));
        }
        assertThat(home.resolve("licenses/jruby")).isDirectory(); // 41 of the 102 libraries ship licence files in their jars
    }

    @Test
    void newBuildAndCheckRunFromAnotherFolderWithBinOnPath() throws Exception {
        Map<String, String> env = Map.of("PATH", home.resolve("bin") + ":" + System.getenv("PATH"));
        Result created = run(work, env, "sh", "-c", "bulletin new 'my week' --host https://meiting-week.cn/ --title 美亭");
        assertThat(created.code).as(created.err).isZero();
        assertThat(created.out).contains("下一步：bulletin serve \"my week\""); // the new site is Chinese
        Result built = run(work, env, "sh", "-c", "bulletin build 'my week' -o out");
        assertThat(built.code).as(built.err).isZero();
        assertThat(work.resolve("out/index.html")).content(StandardCharsets.UTF_8).contains("美亭");
        Result checked = run(work, env, "sh", "-c", "bulletin check out --site 'my week' --no-browser");
        assertThat(checked.code).as(checked.out + checked.err).isZero();
        Result version = run(work, env, "sh", "-c", "bulletin --version");
        assertThat(version.out).contains("Bulletin's JVM options, started by " + home.resolve("bin/bulletin"));
    }

    @Test
    void javaJarStartsItselfAgainWithTheFastOptions() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = home.resolve("bulletin.jar").toString();
        Result version = run(work, Map.of(), java, "-jar", jar, "--version");
        assertThat(version.out).contains("Bulletin's JVM options, started by java -jar");
        Result own = run(work, Map.of(), java, "-Dbulletin.launcher=none", "-jar", jar, "--version");
        assertThat(own.out).contains("JVM options of your own");
        Result created = run(work, Map.of(), java, "-jar", jar, "new", "jar-site");
        assertThat(created.code).as(created.err).isZero();
        assertThat(created.out).contains("下一步：java -jar \"" + jar + "\" serve jar-site");
        Result failed = run(work, Map.of(), java, "-jar", jar, "build", "no-such-site");
        assertThat(failed.code).as("the second JVM's exit code").isEqualTo(ExitCodes.ENVIRONMENT);
    }

    @Test
    void chineseWindowsCharsetGbkReadsWritesAndPrintsRight() throws Exception {
        Map<String, String> utf8 = Map.of("PATH", home.resolve("bin") + ":" + System.getenv("PATH"));
        Map<String, String> gbk = new HashMap<>(utf8);
        gbk.put("BULLETIN_JAVA_OPTS", "-Dfile.encoding=GBK -Dsun.stdout.encoding=GBK -Dsun.stderr.encoding=GBK");
        Result created = run(work, gbk, "sh", "-c", "bulletin new 宣传周 --title 美亭社区宣传周");
        assertThat(created.code).as(created.err).isZero();
        assertThat(new String(created.bytes, Charset.forName("GBK"))).as("console in GBK")
                .contains("已创建 宣传周");
        // the same site with Windows line ends (CRLF), built under GBK, gives the same bytes as under UTF-8
        Path crlf = work.resolve("宣传周 crlf");
        copyWithCrlf(work.resolve("宣传周"), crlf);
        assertThat(run(work, utf8, "sh", "-c", "bulletin build 宣传周 -o out-utf8 -q").code).isZero();
        Result gbkBuild = run(work, gbk, "sh", "-c", "bulletin build '宣传周 crlf' -o out-gbk -q");
        assertThat(gbkBuild.code).as(new String(gbkBuild.errBytes, Charset.forName("GBK"))).isZero();
        Map<String, String> a = tree(work.resolve("out-utf8"));
        Map<String, String> b = tree(work.resolve("out-gbk"));
        assertThat(b.keySet()).isEqualTo(a.keySet());
        assertThat(Files.readString(work.resolve("out-gbk/index.html"), StandardCharsets.UTF_8)).contains("美亭社区宣传周");
        assertThat(b).isEqualTo(a);
        // a problem with Chinese in it prints in GBK
        Files.writeString(crlf.resolve("content/articles/坏日期.adoc"), "= 坏\r\n:jbake-date: 2022-13-45\r\n\r\n文字\r\n");
        Result bad = run(work, gbk, "sh", "-c", "bulletin build '宣传周 crlf' -o out-bad");
        assertThat(bad.code).isEqualTo(ExitCodes.CONTENT);
        assertThat(new String(bad.errBytes, Charset.forName("GBK"))).contains("错误：content/articles/坏日期.adoc:2: 日期“2022-13-45”无效");
    }

    private static void copyWithCrlf(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    String name = p.getFileName().toString();
                    if (name.endsWith(".adoc") || name.endsWith(".properties") || name.endsWith(".csv")) {
                        String text = Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n").replace("\n", "\r\n");
                        Files.writeString(target, text, StandardCharsets.UTF_8);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
        }
    }

    private static String manifestClassPath(Path jar) throws IOException {
        try (java.util.jar.JarFile j = new java.util.jar.JarFile(jar.toFile())) {
            return j.getManifest().getMainAttributes().getValue("Class-Path");
        }
    }

    /** Relative path → SHA-256 of every file under {@code dir}. */
    private static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> m = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(p).toString(), org.bulletin.text.Sha256.hex(p));
            }
        }
        return m;
    }

    record Result(int code, String out, String err, byte[] bytes, byte[] errBytes) {
    }

    private static Result run(Path cwd, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().putAll(env);
        pb.environment().remove("BULLETIN_RELAUNCH");
        pb.environment().put("LC_ALL", "C.UTF-8"); // file names in UTF-8, as on every current Linux and macOS
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
        byte[] o = Files.readAllBytes(out);
        byte[] e = Files.readAllBytes(err);
        return new Result(p.exitValue(), new String(o, StandardCharsets.UTF_8), new String(e, StandardCharsets.UTF_8), o, e);
    }
}
