package org.bulletin.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The collector on its own: a JVM whose class path is this module's classes and its runtime
 * dependencies only (what {@code bulletin-collect.jar} and its {@code lib/} hold) takes a quiz result
 * over HTTP and stores it; no JRuby, Selenium or Nu checker is on that class path.
 */
class CollectStandaloneTest {

    /** A class of each library the collector must run without. */
    private static final List<String> ABSENT = List.of("org.jruby.Ruby", "org.asciidoctor.Asciidoctor",
            "org.openqa.selenium.WebDriver", "nu.validator.validation.SimpleDocumentValidator",
            "org.bulletin.generator.SiteGenerator");

    @TempDir
    Path data;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        processes.forEach(Process::destroyForcibly);
    }

    /** {@code target/classes} and the runtime dependencies' jars, as Maven resolved them. */
    private static List<Path> runtimeClassPath() throws IOException {
        String file = System.getProperty("bulletin.collect.runtimeClassPath");
        assertThat(file).as("set by the module's surefire configuration").isNotNull();
        List<Path> entries = new ArrayList<>();
        entries.add(Path.of(CollectMain.class.getProtectionDomain().getCodeSource().getLocation().getPath()));
        Arrays.stream(Files.readString(Path.of(file)).trim().split(File.pathSeparator))
                .filter(s -> !s.isEmpty()).map(Path::of).forEach(entries::add);
        return entries;
    }

    private static String joined(List<Path> entries) {
        return String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
    }

    @Test
    void classPathHoldsPicocliAndJacksonOnly() throws Exception {
        List<Path> entries = runtimeClassPath();
        assertThat(entries.get(0)).as("the module's own classes").isDirectory();
        assertThat(entries.subList(1, entries.size())).extracting(p -> p.getFileName().toString())
                .allSatisfy(jar -> assertThat(jar).matches("(picocli|jackson-(databind|core|annotations))-[0-9.]+\\.jar"))
                .noneMatch(jar -> jar.toLowerCase(Locale.ROOT).matches(".*(jruby|selenium|validator|asciidoctor).*"));
        URL[] urls = new URL[entries.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = entries.get(i).toUri().toURL();
        }
        try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            assertThat(Class.forName(CollectMain.class.getName(), false, loader).getClassLoader()).isSameAs(loader);
            for (String absent : ABSENT) {
                assertThatThrownBy(() -> Class.forName(absent, false, loader)).as(absent)
                        .isInstanceOf(ClassNotFoundException.class);
            }
        }
    }

    @Test
    void storesQuizResultPostedOverHttp() throws Exception {
        CollectorProcess collector = CollectorProcess.launch(joined(runtimeClassPath()), List.of(),
                "--data", data.toString(), "--port", "0", "--zone", "Asia/Shanghai");
        processes.add(collector.process());
        assertThat(collector.port()).as("started: %s", collector.output()).isPositive();

        Posts posts = new Posts(Posts.newClient(), collector.port());
        HttpResponse<String> response = posts.post("/quiz", Posts.quiz("standalone-device", "claim-1"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String id = Posts.json(response.body()).get("id").asText();
        assertThat(Posts.lines(data.resolve("results.jsonl"))).singleElement().satisfies(r -> {
            assertThat(r.get("id").asText()).isEqualTo(id);
            assertThat(r.get("client").asText()).isEqualTo("standalone-device");
        });

        collector.process().toHandle().destroy(); // SIGTERM
        assertThat(collector.ended()).isTrue();
        assertThat(collector.output()).contains("bulletin collect: stopped; 1 results, 0 messages stored");
        assertThat(collector.process().exitValue()).isEqualTo(143);
    }

    @Test
    void refusesSiteSayingWhatToUseInstead() throws Exception {
        CollectorProcess collector = CollectorProcess.launch(joined(runtimeClassPath()), List.of(),
                "--data", data.toString(), "--port", "0", "--site", data.resolve("site").toString());
        processes.add(collector.process());
        assertThat(collector.ended()).isTrue();
        assertThat(collector.process().exitValue()).isEqualTo(2);
        assertThat(collector.output()).singleElement().asString()
                .startsWith("bulletin collect: --site is not supported by this build")
                .contains("'bulletin collect --site SITE' from the full bulletin.jar", "start without --site")
                .doesNotContain("Exception");
        assertThat(data.resolve("results.jsonl")).doesNotExist();
    }
}
