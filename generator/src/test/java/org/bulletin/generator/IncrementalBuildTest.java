package org.bulletin.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.bulletin.incremental.PageStates;
import org.bulletin.problem.Problem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conversion cache and the dev server's incremental rebuild: whatever the cache and the in-place
 * rebuild skip, the published files must be byte-identical to a cold build of the same content. Runs the
 * real generator (real Asciidoctor) on a copy of the sample site plus a few generated articles.
 */
class IncrementalBuildTest {

    private static final Path SAMPLE = Path.of("../site-template").toAbsolutePath().normalize();
    private static final String TABLE = "[cols=\"1,3\"]\n|===\n|Day |Hours\n|Monday |9-17\n|===\n";
    private static final Recorder LOG = new Recorder();
    private static SiteGenerator generator;

    @TempDir
    Path tmp;
    private Path site;

    @BeforeAll
    static void startGenerator() {
        // its own generator: the tests read its build log and compare it with fresh ones of the same identity
        generator = new SiteGenerator(LOG, "test-generator-1");
    }

    @AfterAll
    static void closeGenerator() {
        generator.close();
    }

    @BeforeEach
    void copySample() throws IOException {
        site = tmp.resolve("site");
        copyTree(SAMPLE, site, "theme");
        for (int i = 1; i <= 6; i++) {
            write("content/articles/note-" + i + ".adoc", article("Note " + i, "2022-03-0" + i,
                    i % 2 == 0 ? "news, health" : "news", "Body of note " + i + " with a link to "
                            + "link:service-hours.html[the hours]."));
        }
        LOG.clear();
    }

    @Test
    void warmBuildInANewGeneratorIsByteIdenticalAndNeverStartsAsciidoctor() throws IOException {
        Path cache = tmp.resolve("cache");
        BuildResult cold = generator.build(request("cold").withCacheDir(cache));
        assertThat(cold.published()).isTrue();

        Recorder warmLog = new Recorder();
        try (SiteGenerator fresh = new SiteGenerator(warmLog, "test-generator-1")) {
            BuildResult warm = fresh.build(request("warm").withCacheDir(cache));
            assertThat(warm.published()).isTrue();
            assertThat(warm.problems()).isEqualTo(cold.problems());
            assertThat(warm.counts().converted()).isZero();
            assertThat(warm.counts().fromStore()).isEqualTo(cold.counts().converted()).isPositive();
        }
        assertThat(warmLog.lines()).noneMatch(l -> l.equals("starting Asciidoctor"));
        assertSameFiles(tmp.resolve("warm"), tmp.resolve("cold"));
    }

    @Test
    void reportsTheProblemsOfCachedDocumentsAgain() throws IOException {
        write("content/articles/undated.adoc", "= Undated\n:jbake-type: post\n\nNo date here.\n");
        BuildResult first = generator.build(request("out"));
        BuildResult second = generator.build(request("out"));
        assertThat(first.warnings()).extracting(Problem::file).contains("content/articles/undated.adoc");
        assertThat(second.problems()).isEqualTo(first.problems());
        assertThat(second.counts().converted()).isZero();
    }

    @Test
    void convertsOnlyTheEditedDocumentAndMatchesAColdBuild() throws IOException {
        generator.build(request("out"));
        write("content/articles/note-3.adoc", article("Note 3, edited", "2022-03-03", "news",
                "A new body."));
        assertThat(generator.build(request("out")).counts().converted()).isEqualTo(1);
        generator.build(request("cold").withoutCache());
        assertSameFiles(tmp.resolve("out"), tmp.resolve("cold"));
    }

    @Test
    void aChangedAsciidoctorAttributeConvertsEveryDocumentAgain() throws IOException {
        generator.build(request("out"));
        Files.writeString(site.resolve("jbake.properties"), "\nasciidoctor.attributes=centre=Meiting\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        BuildResult again = generator.build(request("out"));
        assertThat(again.counts().fromStore()).isZero();
        assertThat(again.counts().converted()).isPositive();
    }

    @Test
    void documentsWithIncludesAreAlwaysConvertedAgain() throws IOException {
        write("content/articles/parts/hours.txt", "Open from 9 to 5.\n");
        write("content/articles/with-include.adoc", "= With include\n:jbake-type: post\n:jbake-date: 2022-03-09\n\n"
                + "include::parts/hours.txt[]\n");
        generator.build(request("out"));
        write("content/articles/parts/hours.txt", "Open from 8 to 6.\n");
        assertThat(generator.build(request("out")).counts().converted()).isEqualTo(1);
        assertThat(Files.readString(tmp.resolve("out/articles/with-include.html"))).contains("Open from 8 to 6.");
    }

    @Test
    void serveRebuildsMatchColdBuildsAfterEveryKindOfEdit() throws IOException {
        write("content/articles/note-6.adoc", article("Note 6", "2022-03-06", "news", TABLE));
        BuildRequest serve = request("serve");
        assertThat(generator.rebuild(serve).published()).isTrue();
        assertThat(tmp.resolve("serve/css/content-styles.css")).exists();

        // body only: the page itself and the list pages
        write("content/articles/note-2.adoc", article("Note 2", "2022-03-02", "news, health", "Changed body."));
        assertRebuildMatchesCold(serve);
        assertThat(renderedPages()).isPositive();
        // a quiz's explanation (shown only after answering): the quiz's page
        String quizPage = Files.readString(tmp.resolve("serve/quiz/social-work-quiz.html"));
        write("content/quiz/social-work-quiz.adoc", Files.readString(site.resolve("content/quiz/social-work-quiz.adoc"))
                .replace("定为国际社工日。", "定为国际社工日（World Social Work Day）。"));
        assertRebuildMatchesCold(serve);
        assertThat(Files.readString(tmp.resolve("serve/quiz/social-work-quiz.html"))).isNotEqualTo(quizPage);
        // a paragraph added below the summary: that page alone (and the shared stylesheet)
        String longBody = "Changed body. " + "A first paragraph long enough to fill the summary. ".repeat(4);
        write("content/articles/note-2.adoc", article("Note 2", "2022-03-02", "news, health", longBody));
        assertRebuildMatchesCold(serve);
        assertThat(renderedPages()).isGreaterThan(2);
        write("content/articles/note-2.adoc", article("Note 2", "2022-03-02", "news, health",
                longBody + "\n\nOne more paragraph at the end."));
        assertRebuildMatchesCold(serve);
        assertThat(renderedPages()).isBetween(1, 2);
        // title and tags: neighbours, tag pages
        write("content/articles/note-4.adoc", article("Note 4 renamed", "2022-03-04", "news, events", "Body."));
        assertRebuildMatchesCold(serve);
        // date: order, neighbours, archive
        write("content/articles/note-1.adoc", article("Note 1", "2022-03-08", "news", "Body one."));
        assertRebuildMatchesCold(serve);
        // a new article and a deleted one: the set of files changes
        write("content/articles/note-9.adoc", article("Note 9", "2022-03-09", "fresh", "New."));
        Files.delete(site.resolve("content/articles/note-5.adoc"));
        assertRebuildMatchesCold(serve);
        // inline styles: the shared stylesheet loses the rules no page uses any more
        write("content/articles/note-6.adoc", article("Note 6", "2022-03-06", "news", "No table now."));
        assertRebuildMatchesCold(serve);
        // a template of the site
        write("templates/post.html", Files.readString(SAMPLE.resolve("theme/templates/post.html"))
                .replace("</main>", "<p>custom</p></main>"));
        assertRebuildMatchesCold(serve);
        // with templates of its own, the site's list pages may show anything: a body edit renders them too
        write("content/articles/note-2.adoc", article("Note 2", "2022-03-02", "news, health",
                longBody + "\n\nAnother paragraph at the end."));
        assertRebuildMatchesCold(serve);
        assertThat(renderedPages()).isGreaterThan(2);
    }

    /** The last warm build or serve rebuild checked against a cold build. */
    private BuildResult last;

    /** How many files (pages and the stylesheet) the last serve rebuild rendered. */
    private int renderedPages() {
        return last.counts().rendered();
    }

    @Test
    void warmBuildsTakeUnchangedPagesFromTheLastOutputAndMatchColdBuildsAfterEveryKindOfEdit() throws IOException {
        BuildRequest warm = request("warm");
        Path state = warm.effectiveCacheDir().resolve(PageStates.FILE);
        assertThat(generator.build(warm).published()).isTrue();
        assertThat(state).exists();

        // nothing changed: every page is taken from the output
        assertWarmBuildMatchesCold(warm);
        assertThat(last.counts().rendered()).isBetween(0, 1);
        // one article's body
        write("content/articles/note-2.adoc", article("Note 2", "2022-03-02", "news, health", "Changed body."));
        assertWarmBuildMatchesCold(warm);
        // one article's title, date and tags
        write("content/articles/note-4.adoc", article("Note 4 renamed", "2022-03-09", "news, events", "Body."));
        assertWarmBuildMatchesCold(warm);
        // a template of the site
        write("templates/post.html", Files.readString(SAMPLE.resolve("theme/templates/post.html"))
                .replace("</main>", "<p>custom</p></main>"));
        assertWarmBuildMatchesCold(warm);
        // the output file of one page deleted, another one changed by hand
        Files.delete(tmp.resolve("warm/articles/note-3.html"));
        Files.writeString(tmp.resolve("warm/index.html"), "<p>edited by hand</p>", StandardCharsets.UTF_8);
        assertWarmBuildMatchesCold(warm);
        assertThat(last.counts().rendered()).isBetween(2, 3);
        // a page's file replaced by an identical copy (new inode and time): checked by its hash, taken
        Path about = tmp.resolve("warm/about.html");
        Path copy = tmp.resolve("about-copy.html");
        Files.copy(about, copy);
        Files.move(copy, about, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertWarmBuildMatchesCold(warm);
        assertThat(last.counts().rendered()).isBetween(0, 1);
        // the stored state damaged, or stored for another output folder
        Files.writeString(state, Files.readString(state).substring(0, 300), StandardCharsets.UTF_8); // cut short
        assertWarmBuildMatchesCold(warm);
        assertThat(last.counts().reused()).isZero();
        Files.writeString(state, Files.readString(state).replace(tmp.resolve("warm").toString(),
                tmp.resolve("elsewhere").toString()), StandardCharsets.UTF_8);
        assertWarmBuildMatchesCold(warm);
        assertThat(last.counts().reused()).isZero();
    }

    @Test
    void aWarmBuildAfterServeRebuildsMatchesAColdBuild() throws IOException {
        BuildRequest serve = request("serve");
        generator.rebuild(serve);
        write("content/articles/note-5.adoc", article("Note 5", "2022-03-05", "news", "Edited while serving."));
        assertThat(generator.rebuild(serve).published()).isTrue();
        try (SiteGenerator fresh = new SiteGenerator(LOG, "test-generator-1")) {
            last = fresh.build(serve);
            assertThat(last.published()).isTrue();
        }
        assertThat(last.counts().rendered()).isBetween(0, 1);
        generator.build(request("cold").withoutCache());
        assertSameFiles(tmp.resolve("serve"), tmp.resolve("cold"));
    }

    private void assertWarmBuildMatchesCold(BuildRequest warm) throws IOException {
        last = generator.build(warm);
        BuildResult cold = generator.build(request("cold").withoutCache());
        assertThat(last.published()).isTrue();
        assertThat(last.problems()).isEqualTo(cold.problems());
        assertSameFiles(tmp.resolve("warm"), tmp.resolve("cold"));
    }

    @Test
    void aRebuildWithErrorsLeavesTheServedPagesAlone() throws IOException {
        BuildRequest serve = request("serve");
        generator.rebuild(serve);
        byte[] before = Files.readAllBytes(tmp.resolve("serve/articles/note-2.html"));
        write("content/articles/note-2.adoc", article("Note 2", "2022-13-45", "news", "Broken date."));
        assertThat(generator.rebuild(serve).published()).isFalse();
        assertThat(Files.readAllBytes(tmp.resolve("serve/articles/note-2.html"))).isEqualTo(before);
    }

    private void assertRebuildMatchesCold(BuildRequest serve) throws IOException {
        last = generator.rebuild(serve);
        BuildResult cold = generator.build(request("cold").withoutCache());
        assertThat(last.published()).isTrue();
        assertThat(last.problems()).isEqualTo(cold.problems());
        assertSameFiles(tmp.resolve("serve"), tmp.resolve("cold"));
    }

    private BuildRequest request(String out) {
        return BuildRequest.of(site, tmp.resolve(out));
    }

    private static String article(String title, String date, String tags, String body) {
        return "= " + title + "\n:jbake-type: post\n:jbake-date: " + date + "\n:jbake-tags: " + tags + "\n\n"
                + body + "\n\n== Section\n\nMore text.\n";
    }

    private void write(String relative, String text) throws IOException {
        Path f = site.resolve(relative);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    private static void assertSameFiles(Path actual, Path expected) throws IOException {
        Map<String, byte[]> a = files(actual);
        Map<String, byte[]> e = files(expected);
        assertThat(a.keySet()).containsExactlyElementsOf(e.keySet());
        for (String name : e.keySet()) {
            assertThat(new String(a.get(name), StandardCharsets.UTF_8)).as(name)
                    .isEqualTo(new String(e.get(name), StandardCharsets.UTF_8));
            assertThat(a.get(name)).as(name).isEqualTo(e.get(name));
        }
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                m.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }

    private static void copyTree(Path from, Path to, String skip) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path rel = from.relativize(p);
                if (!rel.toString().isEmpty() && rel.getName(0).toString().equals(skip)) {
                    continue;
                }
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** Keeps what the generator says (info and debug). */
    static final class Recorder implements BuildListener {
        private final List<String> lines = new ArrayList<>();

        @Override
        public synchronized void info(String message) {
            lines.add(message);
        }

        @Override
        public synchronized void debug(String message) {
            lines.add(message);
        }

        synchronized List<String> lines() {
            return List.copyOf(lines);
        }

        synchronized void clear() {
            lines.clear();
        }
    }
}
