package org.bulletin.parse;

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
import org.bulletin.model.Page;
import org.bulletin.model.Problem;
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
                "= A\n\nBuilt {localdatetime}.\n", "= A\n\n(C) {localyear}\n")) {
            assertThat(ConversionCache.key(salt, "content/a.adoc", text.getBytes(StandardCharsets.UTF_8)))
                    .as(text).isNull();
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
        new ConversionCache(dir).put("k1", new ConversionCache.Entry(false, page, null, problems));
        new ConversionCache(dir).put("k2", new ConversionCache.Entry(false, null, quiz, List.of()));
        new ConversionCache(dir).put("k3", new ConversionCache.Entry(true, null, null, List.of()));

        ConversionCache fresh = new ConversionCache(dir);
        assertThat(fresh.get("k1")).isEqualTo(new ConversionCache.Entry(false, page, null, problems));
        assertThat(fresh.get("k2")).isEqualTo(new ConversionCache.Entry(false, null, quiz, List.of()));
        assertThat(fresh.get("k3").draft()).isTrue();
        assertThat(fresh.get("missing")).isNull();
        assertThat(fresh.get(null)).isNull();
    }

    @Test
    void treatsADamagedEntryAsMissing() throws IOException {
        new ConversionCache(dir).put("abc", new ConversionCache.Entry(true, null, null, List.of()));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.writeString(f, "{\"draft\": tr");
            }
        }
        assertThat(new ConversionCache(dir).get("abc")).isNull();
    }

    @Test
    void pruneRemovesEntriesNoBuildUsed() {
        ConversionCache cache = new ConversionCache(dir);
        cache.put("aa1", new ConversionCache.Entry(true, null, null, List.of()));
        cache.put("bb2", new ConversionCache.Entry(true, null, null, List.of()));
        cache.prune(Set.of("aa1"));
        assertThat(cache.get("bb2")).isNull();
        assertThat(new ConversionCache(dir).get("aa1")).isNotNull();
        assertThat(new ConversionCache(dir).get("bb2")).isNull();
    }
}
