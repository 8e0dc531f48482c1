package org.bulletin.incremental;

import org.bulletin.parse.DocumentStore;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.bulletin.model.Draft;
import org.bulletin.model.Page;
import org.bulletin.problem.Problem;
import org.bulletin.model.Question;
import org.bulletin.model.Quiz;
import org.bulletin.model.QuizOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache's key and storage (no Asciidoctor needed: entries are plain model records). */
class ConversionCacheTest {

    private static final Path SITE = Path.of("/sites/meiting");
    private static final Map<String, Object> ATTRIBUTES = Map.of("lang", "zh-CN", "sectids", "");
    private static final Map<String, String> CONFIG = Map.of("site.title", "美亭", "site.host", "https://example.org/");
    private static final byte[] TEXT = "= 标题\n:jbake-type: post\n\n正文。\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void keyChangesWithGeneratorAttributesConfigurationPathAndBytes() {
        String salt = ConversionCache.salt("bulletin 1", ATTRIBUTES, CONFIG, SITE);
        String key = ConversionCache.key(salt, "content/a.adoc", TEXT);

        assertThat(ConversionCache.key(salt, "content/a.adoc", TEXT)).isEqualTo(key);
        assertThat(ConversionCache.key(ConversionCache.salt("bulletin 2", ATTRIBUTES, CONFIG, SITE),
                "content/a.adoc", TEXT)).isNotEqualTo(key);
        assertThat(ConversionCache.key(ConversionCache.salt("bulletin 1", Map.of("lang", "en"), CONFIG, SITE),
                "content/a.adoc", TEXT)).isNotEqualTo(key);
        assertThat(ConversionCache.key(ConversionCache.salt("bulletin 1", ATTRIBUTES,
                Map.of("site.title", "other"), SITE), "content/a.adoc", TEXT)).isNotEqualTo(key);
        assertThat(ConversionCache.key(ConversionCache.salt("bulletin 1", ATTRIBUTES, CONFIG, Path.of("/elsewhere")),
                "content/a.adoc", TEXT)).isNotEqualTo(key);
        assertThat(ConversionCache.key(salt, "content/b.adoc", TEXT)).isNotEqualTo(key);
        assertThat(ConversionCache.key(salt, "content/a.adoc", "= 标题\n\n正文！\n".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(key);
    }

    @Test
    void givesNoKeyToDocumentsThatDependOnOtherFilesOrTheClock() {
        String salt = ConversionCache.salt("bulletin 1", ATTRIBUTES, CONFIG, SITE);
        for (String text : List.of("= A\n\ninclude::part.adoc[]\n", "= A\n\nUpdated {docdate}.\n",
                "= A\n\nBuilt {localdatetime}.\n", "= A\n\n(C) {localyear}\n", "{doctime}", "{docdatetime}",
                "{docyear}", "{localdate}", "{localtime}", "正文{docdate}正文", "include::", "xinclude::y",
                "{{localyear}}")) {
            assertThat(ConversionCache.key(salt, "content/a.adoc", text.getBytes(StandardCharsets.UTF_8)))
                    .as(text).isNull();
        }
        for (String text : List.of("= A\n\nincludes: part\n", "include:", "{docdates}", "{doc date}", "{doctitle}",
                "{DOCDATE}", "{localdat}", "{local-year}", "docdate", "{docdate", "包括::{文档日期}", "{docyear ",
                "ⅰnclude::")) {
            assertThat(ConversionCache.key(salt, "content/a.adoc", text.getBytes(StandardCharsets.UTF_8)))
                    .as(text).isNotNull();
        }
    }

    @Test
    void looksForTheSameThingsAsTheDocumentedPattern() {
        java.util.regex.Pattern documented = java.util.regex.Pattern.compile(
                "include::|\\{(?:doc|local)(?:date|time|datetime|year)}");
        java.util.Random random = new java.util.Random(42);
        String[] parts = {"include", "::", ":", "{", "}", "doc", "local", "date", "time", "year", "i", "社", " ", "x"};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            assertThat(ConversionCache.dependsOnFilesOrClock(text.toString().getBytes(StandardCharsets.UTF_8)))
                    .as(text.toString()).isEqualTo(documented.matcher(text).find());
        }
    }

    @Test
    void readsBackWhatItStoredInANewProcess() {
        Page page = new Page("content/articles/a.adoc", "post", "社工日", LocalDate.of(2022, 3, 15),
                List.of("社工", "news"), "<div class=\"paragraph\"><p>正文 &amp; more</p></div>", "正文 & more",
                "articles/a.html", 1);
        Quiz quiz = new Quiz("q1", "content/quiz/q1.adoc", "知识问答", "<p>intro</p>", null, "published", 60, 80,
                "both", 3, OffsetDateTime.parse("2022-03-14T09:00+08:00"), null, null, List.of("name"),
                List.of(new Question("q-1", "题目", "", List.of(new QuizOption("是", true), new QuizOption("否", false)),
                        2, "社工", "<p>因为</p>", 5)), "v1", "s1");
        List<Problem> problems = List.of(Problem.warning("content/articles/a.adoc", 3, "something to fix"));
        new ConversionCache(dir).put("k1", new DocumentStore.Entry(page, problems));
        new ConversionCache(dir).put("k2", new DocumentStore.Entry(quiz, List.of()));
        new ConversionCache(dir).put("k3", new DocumentStore.Entry(new Draft("content/d.adoc", "草稿", null), List.of()));

        ConversionCache fresh = new ConversionCache(dir);
        assertThat(fresh.get("k1")).isEqualTo(new DocumentStore.Entry(page, problems));
        assertThat(fresh.get("k2")).isEqualTo(new DocumentStore.Entry(quiz, List.of()));
        assertThat(fresh.get("k3").document()).isInstanceOf(Draft.class);
        assertThat(fresh.get("missing")).isNull();
        assertThat(fresh.get(null)).isNull();
    }

    @Test
    void anotherProcessReadsBackWhatOneStored() throws Exception {
        ConversionCache cache = new ConversionCache(dir);
        cache.put("k1", article("另一个进程"));
        cache.put("k2", draft());

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ReadBack.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(child.waitFor()).as(out).isZero();
        assertThat(out).isEqualTo("k1 same, k2 same, k9 missing");
        assertThat(new ConversionCache(dir).get("k3")).isEqualTo(article("子进程"));
    }

    /** The other process of {@link #anotherProcessReadsBackWhatOneStored}. */
    static final class ReadBack {
        public static void main(String[] args) {
            ConversionCache cache = new ConversionCache(Path.of(args[0]));
            cache.preload();
            System.out.print("k1 " + (article("另一个进程").equals(cache.get("k1")) ? "same" : "different")
                    + ", k2 " + (draft().equals(cache.get("k2")) ? "same" : "different")
                    + ", k9 " + (cache.get("k9") == null ? "missing" : "present"));
            cache.put("k3", article("子进程"));
        }
    }

    @Test
    void treatsADamagedFileAsEmpty() throws IOException {
        new ConversionCache(dir).put("abc", draft());
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.writeString(f, "{\"draft\": tr");
            }
        }
        assertThat(new ConversionCache(dir).get("abc")).isNull();

        ConversionCache again = new ConversionCache(dir);
        again.put("abc", draft());
        assertThat(new ConversionCache(dir).get("abc")).isEqualTo(draft());
    }

    @Test
    void treatsADamagedEntryAsMissingAndKeepsTheOthers() throws IOException {
        ConversionCache cache = new ConversionCache(dir);
        cache.put("k1", article("一"));
        cache.put("k2", article("二"));
        cache.put("k3", article("三"));
        byte[] bytes = Files.readAllBytes(pack());
        int at = indexOf(bytes, "二".getBytes(StandardCharsets.UTF_8));
        bytes[at] ^= 0x01;
        Files.write(pack(), bytes);

        ConversionCache fresh = new ConversionCache(dir);
        assertThat(fresh.get("k2")).isNull();
        assertThat(fresh.get("k1")).isEqualTo(article("一"));
        assertThat(fresh.get("k3")).isEqualTo(article("三"));

        fresh.put("k2", article("二"));
        assertThat(new ConversionCache(dir).get("k2")).isEqualTo(article("二"));
    }

    @Test
    void ignoresATornTailAndAppendsAfterTheLastWholeEntry() throws IOException {
        ConversionCache cache = new ConversionCache(dir);
        cache.put("k1", article("一"));
        cache.put("k2", article("二"));
        long whole = Files.size(pack());
        cache.put("k3", article("三"));
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(pack(),
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(Files.size(pack()) - 5); // a crash in the middle of writing k3
        }

        ConversionCache fresh = new ConversionCache(dir);
        assertThat(fresh.get("k3")).isNull();
        assertThat(fresh.get("k1")).isEqualTo(article("一"));
        fresh.put("k4", article("四"));
        fresh.put("k3", article("三"));

        ConversionCache third = new ConversionCache(dir);
        assertThat(third.get("k1")).isEqualTo(article("一"));
        assertThat(third.get("k2")).isEqualTo(article("二"));
        assertThat(third.get("k3")).isEqualTo(article("三"));
        assertThat(third.get("k4")).isEqualTo(article("四"));
        byte[] bytes = Files.readAllBytes(pack());
        assertThat(indexOf(bytes, "四".getBytes(StandardCharsets.UTF_8))).isGreaterThan((int) whole);
    }

    @Test
    void appendsWithoutRewritingWhatIsStored() throws IOException {
        ConversionCache cache = new ConversionCache(dir);
        for (int i = 0; i < 20; i++) {
            cache.put("k" + i, article("第" + i + "篇"));
        }
        Set<String> used = new java.util.HashSet<>();
        for (int i = 0; i < 20; i++) {
            used.add("k" + i);
        }
        cache.prune(used);
        byte[] before = Files.readAllBytes(pack());

        // the dev server: an edit adds one entry and drops the old one; a new process does the same
        cache.put("k20", article("改过的第0篇"));
        used.remove("k0");
        used.add("k20");
        cache.prune(used);
        assertThat(Files.readAllBytes(pack())).startsWith(before);
        ConversionCache next = new ConversionCache(dir);
        assertThat(next.get("k5")).isEqualTo(article("第5篇"));
        next.put("k21", article("新"));
        assertThat(Files.readAllBytes(pack())).startsWith(before);
        assertThat(new ConversionCache(dir).get("k21")).isEqualTo(article("新"));
        assertThat(new ConversionCache(dir).get("k20")).isEqualTo(article("改过的第0篇"));
    }

    @Test
    void startsAFreshFileWhenTheCacheFolderWasDeletedMeanwhile() throws IOException {
        ConversionCache cache = new ConversionCache(dir);
        cache.put("k1", article("一"));
        cache.put("k2", article("二"));
        Files.delete(pack());

        cache.put("k3", article("三"));

        assertThat(cache.get("k1")).isEqualTo(article("一"));
        ConversionCache fresh = new ConversionCache(dir);
        assertThat(fresh.get("k3")).isEqualTo(article("三"));
        assertThat(fresh.get("k1")).isNull();
    }

    @Test
    void pruneRemovesEntriesNoBuildUsed() {
        ConversionCache cache = new ConversionCache(dir);
        cache.put("aa1", draft());
        cache.put("bb2", draft());
        cache.prune(Set.of("aa1"));
        assertThat(cache.get("bb2")).isNull();
        assertThat(new ConversionCache(dir).get("aa1")).isNotNull();
        assertThat(new ConversionCache(dir).get("bb2")).isNull();
    }

    @Test
    void pruneCompactsTheFileWhenMostOfItIsUnused() throws IOException {
        ConversionCache cache = new ConversionCache(dir);
        for (int i = 0; i < 10; i++) {
            cache.put("k" + i, article("第" + i + "篇"));
        }
        long full = Files.size(pack());
        cache.prune(Set.of("k2", "k7", "k9"));

        assertThat(Files.size(pack())).isLessThan(full / 2);
        ConversionCache fresh = new ConversionCache(dir);
        assertThat(fresh.get("k2")).isEqualTo(article("第2篇"));
        assertThat(fresh.get("k7")).isEqualTo(article("第7篇"));
        assertThat(fresh.get("k9")).isEqualTo(article("第9篇"));
        assertThat(fresh.get("k1")).isNull();
        assertThat(cache.get("k1")).isNull();
        assertThat(cache.get("k7")).isEqualTo(article("第7篇"));
        cache.put("k10", article("第10篇"));
        assertThat(new ConversionCache(dir).get("k10")).isEqualTo(article("第10篇"));
        assertThat(new ConversionCache(dir).get("k2")).isEqualTo(article("第2篇"));
    }

    @Test
    void pruneKeepsTheFileWhenMostOfItIsUsed() throws IOException {
        ConversionCache cache = new ConversionCache(dir);
        for (int i = 0; i < 10; i++) {
            cache.put("k" + i, article("第" + i + "篇"));
        }
        byte[] before = Files.readAllBytes(pack());
        cache.prune(Set.of("k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7"));

        assertThat(Files.readAllBytes(pack())).isEqualTo(before);
        assertThat(cache.get("k8")).isNull();
        // still on disk until the file is rewritten: harmless, a key names the exact input of its entry
        assertThat(new ConversionCache(dir).get("k8")).isEqualTo(article("第8篇"));
    }

    @Test
    void pruneRemovesTheFilesOfEarlierVersions() throws IOException {
        Path old = dir.resolve("ab").resolve("abcdef.json");
        Files.createDirectories(old.getParent());
        Files.writeString(old, "{\"draft\":true}");
        Files.writeString(dir.resolve("conversions.pack12345.tmp"), "left by a crash");
        ConversionCache cache = new ConversionCache(dir);
        cache.put("k1", draft());

        cache.prune(Set.of("k1"));

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly(ConversionCache.PACK);
        }
        assertThat(new ConversionCache(dir).get("k1")).isEqualTo(draft());
    }

    @Test
    void ignoresAFileOfAnotherFormat() throws IOException {
        ConversionCache cache = new ConversionCache(dir);
        cache.put("k1", draft());
        byte[] bytes = Files.readAllBytes(pack());
        byte[] format = ConversionCache.FORMAT.getBytes(StandardCharsets.UTF_8);
        bytes[indexOf(bytes, format) + format.length - 1] = '0';
        Files.write(pack(), bytes);

        ConversionCache fresh = new ConversionCache(dir);
        assertThat(fresh.get("k1")).isNull();
        fresh.put("k2", draft());
        assertThat(new ConversionCache(dir).get("k2")).isEqualTo(draft());
        assertThat(new ConversionCache(dir).get("k1")).isNull();
    }

    @Test
    void storesEntriesFromManyThreadsAtOnce() throws Exception {
        ConversionCache cache = new ConversionCache(dir);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        cache.put(thread + "-" + i, article(thread + "号线程第" + i + "篇"));
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        ConversionCache fresh = new ConversionCache(dir);
        for (int t = 0; t < 4; t++) {
            for (int i = 0; i < 50; i++) {
                assertThat(fresh.get(t + "-" + i)).isEqualTo(article(t + "号线程第" + i + "篇"));
            }
        }
    }

    @Test
    void preloadDecodesEveryEntryAheadOfTheBuild() throws IOException {
        ConversionCache cache = new ConversionCache(dir);
        cache.put("k1", article("一"));
        cache.put("k2", article("二"));
        ConversionCache fresh = new ConversionCache(dir);

        fresh.preload();
        fresh.preload();
        assertThat(fresh.get("k2")).isEqualTo(article("二"));
        assertThat(fresh.get("k1")).isEqualTo(article("一"));
        assertThat(fresh.get("k3")).isNull();
        fresh.prune(Set.of("k1"));
        assertThat(fresh.get("k2")).isNull();
        assertThat(new ConversionCache(dir).get("k2")).isNull();
    }

    @Test
    void threadsWaitingForThePreloadDecodeTheirShareAndGetEveryEntry() {
        ConversionCache cache = new ConversionCache(dir);
        for (int i = 0; i < 500; i++) {
            cache.put("k" + i, article("第 " + i + " 篇"));
        }
        ConversionCache fresh = new ConversionCache(dir);
        fresh.preload();

        java.util.List<Boolean> same = java.util.stream.IntStream.range(0, 500).parallel()
                .mapToObj(i -> article("第 " + i + " 篇").equals(fresh.get("k" + i))).toList();

        assertThat(same).containsOnly(true).hasSize(500);
    }

    @Test
    void aCacheThatCannotBeWrittenIsOnlySlower() throws IOException {
        Path blocked = dir.resolve("not-a-folder");
        Files.writeString(blocked, "a file where the cache folder should be");
        ConversionCache cache = new ConversionCache(blocked);
        cache.preload();

        cache.put("k1", article("一"));
        cache.prune(Set.of("k1"));

        assertThat(cache.get("k1")).isEqualTo(article("一"));
        assertThat(new ConversionCache(blocked).get("k1")).isNull();
        assertThat(Files.readString(blocked)).isEqualTo("a file where the cache folder should be");
    }

    private Path pack() {
        return dir.resolve(ConversionCache.PACK);
    }

    private static DocumentStore.Entry draft() {
        return new DocumentStore.Entry(new Draft("content/d.adoc", "草稿", null), List.of());
    }

    private static DocumentStore.Entry article(String title) {
        return new DocumentStore.Entry(new Page("content/a.adoc", "post", title, LocalDate.of(2022, 3, 15),
                List.of("社工"), "<p>" + title + "</p>", title, "a.html", 1),
                List.of(Problem.warning("content/a.adoc", 2, "检查 " + title)));
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int k = 0; k < part.length; k++) {
                if (bytes[i + k] != part[k]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
