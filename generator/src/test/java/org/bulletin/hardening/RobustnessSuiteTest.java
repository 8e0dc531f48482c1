package org.bulletin.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bulletin.files.FileTrees;
import org.bulletin.generator.BuildListener;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.BuildResult;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.problem.Problem;
import org.bulletin.testing.SlowTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated robustness suite: {@code bulletin.fuzz.cases} (default 500) tiny sites, each the sample
 * site's configuration and one document (an article, the about page or, once the generator parses
 * quizzes, a test quiz) with a mutation applied, built by one shared generator. For every case the build
 * succeeds, or fails with {@code path:line: message} problems about real files of the site; it never
 * throws, never runs longer than {@code bulletin.fuzz.timeout} seconds (default 20), and the output
 * folder is either the previous complete site or a new complete one, without publisher leftovers.
 *
 * <p>{@code -Dbulletin.fuzz.seed=N} (default 42, what CI runs), {@code -Dbulletin.fuzz.only=3,17}
 * reruns single cases. Sites of failing cases are kept in {@code target/fuzz-failures/}.
 */
@SlowTest
class RobustnessSuiteTest {

    static final long SEED = Long.getLong("bulletin.fuzz.seed", 42L);
    static final int CASES = Integer.getInteger("bulletin.fuzz.cases", 500);
    static final int TIMEOUT_SECONDS = Integer.getInteger("bulletin.fuzz.timeout", 20);
    private static final Pattern FORMAT = Pattern.compile("[^\\n]+?(:\\d+)?: [^\\n]+");
    private static final List<String> JAVA_NOISE = List.of("Exception", "\tat ", "at org.", "at java.",
            "NullPointer", "org.jruby", "uri:classloader", ".rb:", "java.lang", "java.util", "RubyError", "Error:");

    private static SiteGenerator generator;
    private static ExecutorService worker;
    private static Path baseline;
    private static Map<String, String> baselineFiles;
    private static boolean quizzes;
    private static final List<String> timings = new ArrayList<>();
    private static final int[] outcomes = new int[2];

    @TempDir
    static Path tmp;

    @BeforeAll
    static void startGenerator() throws Exception {
        // its own generator: a case that overruns its timeout goes on building on the worker thread
        generator = new SiteGenerator(BuildListener.SILENT);
        worker = Executors.newSingleThreadExecutor(RobustnessSuiteTest::daemon);
        Path site = tmp.resolve("baseline-site");
        SiteFiles.write(site, SiteFiles.tinySite("content/articles/world-social-work-day.adoc",
                SiteFiles.templateText("content/articles/world-social-work-day.adoc")));
        baseline = tmp.resolve("baseline-out");
        BuildResult result = generator.build(BuildRequest.of(site, baseline));
        assertThat(result.errors()).isEmpty();
        baselineFiles = SiteFiles.snapshot(baseline);
        Path quizSite = tmp.resolve("quiz-site");
        SiteFiles.write(quizSite, SiteFiles.tinySite("content/quiz/social-work-quiz.adoc",
                FuzzCases.quiz("social-work-quiz.adoc")));
        quizzes = !generator.load(BuildRequest.of(quizSite, tmp.resolve("quiz-out"))).site().quizzes().isEmpty();
        System.out.println("robustness suite: seed " + SEED + ", " + CASES + " cases, quiz fixtures "
                + (quizzes ? "included" : "skipped (the generator does not parse quizzes yet)"));
    }

    @AfterAll
    static void report() {
        worker.shutdownNow();
        generator.close();
        timings.sort(Comparator.comparing((String s) -> Long.parseLong(s.split(" ", 2)[0])).reversed());
        System.out.println("robustness suite: " + outcomes[0] + " published, " + outcomes[1]
                + " refused with problems; slowest: " + timings.stream().limit(5).collect(Collectors.joining("; ")));
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "fuzz-build");
        t.setDaemon(true);
        return t;
    }

    @TestFactory
    Stream<DynamicTest> mutatedSitesBuildOrFailCleanly() {
        FuzzCases generatorOfCases = new FuzzCases(quizzes);
        String only = System.getProperty("bulletin.fuzz.only", "").strip();
        Set<Integer> chosen = only.isEmpty() ? null
                : Arrays.stream(only.split(",")).map(String::strip).map(Integer::valueOf).collect(Collectors.toSet());
        return generatorOfCases.cases(SEED, CASES).stream()
                .filter(c -> chosen == null || chosen.contains(c.index()))
                .map(c -> DynamicTest.dynamicTest(c.toString(), () -> run(c)));
    }

    private void run(FuzzCases.FuzzCase c) throws Exception {
        String rerun = " [rerun: -Dbulletin.fuzz.seed=" + c.seed() + " -Dbulletin.fuzz.only=" + c.index() + "]";
        Path dir = tmp.resolve("case-" + c.index());
        Path site = dir.resolve("site");
        Path out = dir.resolve("out");
        SiteFiles.write(site, c.files());
        copyTree(baseline, out);
        BuildRequest request = BuildRequest.of(site, out);
        long start = System.nanoTime();
        Future<BuildResult> future = worker.submit(() -> generator.build(request));
        BuildResult result;
        try {
            result = future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = Executors.newSingleThreadExecutor(RobustnessSuiteTest::daemon);
            keep(dir, c);
            throw new AssertionError("case " + c + " did not finish in " + TIMEOUT_SECONDS + " s" + rerun);
        } catch (java.util.concurrent.ExecutionException e) {
            keep(dir, c);
            throw new AssertionError("case " + c + " threw instead of reporting problems" + rerun, e.getCause());
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        synchronized (timings) {
            timings.add(millis + " ms #" + c.index());
            outcomes[result.published() ? 0 : 1]++;
        }
        try {
            checkProblems(site, result, c + rerun);
            checkOutput(out, result, c + rerun);
        } catch (AssertionError e) {
            keep(dir, c);
            throw e;
        }
        FileTrees.delete(dir);
    }

    private static void checkProblems(Path site, BuildResult result, String what) {
        if (result.failed()) {
            assertThat(result.errors()).as("a failed build says why: %s", what).isNotEmpty();
        }
        for (Problem p : result.problems()) {
            String f = p.format();
            assertThat(p.file()).as("problem without a file: '%s' in %s", f, what).isNotBlank();
            assertThat(Files.exists(site.resolve(p.file())) || p.file().equals(FuzzCases.PROPERTIES))
                    .as("problem about a file that is not in the site: '%s' in %s", f, what).isTrue();
            assertThat(p.line()).as("line of '%s' in %s", f, what).isGreaterThanOrEqualTo(0);
            assertThat(p.message()).as("message of '%s' in %s", f, what).isNotBlank();
            assertThat(FORMAT.matcher(f).matches()).as("'%s' is not path:line: message in %s", f, what).isTrue();
            for (String noise : JAVA_NOISE) {
                assertThat(p.message()).as("Java internals in '%s' in %s", f, what).doesNotContain(noise);
            }
        }
    }

    private static void checkOutput(Path out, BuildResult result, String what) throws IOException {
        assertThat(SiteFiles.publisherLeftovers(out)).as("publisher leftovers in %s", what).isEmpty();
        Map<String, String> now = SiteFiles.snapshot(out);
        if (result.failed()) {
            assertThat(now).as("a failed build must leave the previous site untouched: %s", what)
                    .isEqualTo(baselineFiles);
            return;
        }
        List<String> pages = now.keySet().stream().filter(k -> k.endsWith(".html")).toList();
        assertThat(pages).as("a published site has pages: %s", what).isNotEmpty();
        for (String page : pages) {
            assertThat(SiteFiles.read(out.resolve(page))).as("%s is complete in %s", page, what).contains("</html>");
        }
    }

    private static void keep(Path dir, FuzzCases.FuzzCase c) {
        try {
            Path target = Path.of("target", "fuzz-failures", "seed-" + c.seed() + "-case-" + c.index());
            FileTrees.delete(target);
            copyTree(dir.resolve("site"), target);
        } catch (IOException | RuntimeException e) {
            System.out.println("could not keep case " + c.index() + ": " + e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
