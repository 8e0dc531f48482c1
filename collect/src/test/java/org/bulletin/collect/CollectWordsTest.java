package org.bulletin.collect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The collector's own catalogue is complete (every key in English and Chinese with the same arguments, every
 * key the code and the staff page ask for is there, every key there is asked for), and the staff page and the
 * log speak the collector's language, over real HTTP on 127.0.0.1.
 */
class CollectWordsTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d{1,2})}");
    /** {@code say("key"} in Java, {@code say('key'} in the page's script, {@code {{key}}} in the page. */
    private static final Pattern ASKED = Pattern.compile("say\\(\\s*\"([^\"]+)\"|say\\('([^']+)'|\\{\\{([a-z][a-z.-]*)}}");

    @TempDir
    Path data;

    private final Map<String, String> english = CollectWords.of(Locale.ENGLISH).messages();
    private final Map<String, String> chinese = CollectWords.of(Locale.SIMPLIFIED_CHINESE).messages();

    @Test
    void everyKeyIsInBothLanguagesWithTheSameArguments() {
        assertThat(chinese.keySet()).as("keys of collect_zh.properties").isEqualTo(english.keySet());
        List<String> differ = new ArrayList<>();
        english.forEach((key, pattern) -> {
            if (!arguments(pattern).equals(arguments(chinese.get(key)))) {
                differ.add(key + ": " + pattern + " / " + chinese.get(key));
            }
        });
        assertThat(differ).as("messages whose {n} differ between the languages").isEmpty();
    }

    @Test
    void everyKeyAskedForIsThereAndEveryKeyThereIsAskedFor() throws IOException {
        Set<String> asked = new TreeSet<>();
        StringBuilder all = new StringBuilder();
        for (Path file : sources()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            all.append(text).append('\n');
            Matcher m = ASKED.matcher(text);
            while (m.find()) {
                String key = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                if (!key.equals("lang") && !key.equals("words")) {
                    asked.add(key);
                }
            }
        }
        assertThat(asked).as("keys asked for that the catalogue lacks").isSubsetOf(english.keySet());
        List<String> unused = english.keySet().stream().filter(k -> !all.toString().contains("\"" + k + "\"")
                && !all.toString().contains("'" + k + "'") && !all.toString().contains("{{" + k + "}}")).toList();
        assertThat(unused).as("keys of the catalogue nothing names").isEmpty();
    }

    @Test
    void argumentsAreSubstitutedAndTheRestIsLiteral() {
        assertThat(CollectWords.substitute("'{0}' is {1}; {2} and {x}", "a", 1)).isEqualTo("'a' is 1; {2} and {x}");
        assertThat(CollectWords.of(Locale.forLanguageTag("zh-TW")).say("staff.staff", "小李")).isEqualTo("工作人员：小李");
        assertThat(CollectWords.of(Locale.FRENCH).say("staff.staff", "Li")).isEqualTo("Staff: Li");
    }

    @Test
    void aSitesLocaleIsReadWithoutTheGenerator() throws IOException {
        assertThat(CollectWords.siteLanguage(data)).as("no jbake.properties: the default").isEqualTo(Locale.SIMPLIFIED_CHINESE);
        Files.writeString(data.resolve("jbake.properties"), "site.title=Week\nsite.locale=en\n");
        assertThat(CollectWords.siteLanguage(data).getLanguage()).isEqualTo("en");
        Files.writeString(data.resolve("jbake.properties"), "site.title=宣传周\n", StandardCharsets.UTF_8);
        assertThat(CollectWords.siteLanguage(data).toLanguageTag()).isEqualTo("zh-CN");
    }

    @Test
    void theStaffPageAndTheLogSpeakChineseByDefaultAndEnglishWhenTold() throws Exception {
        List<String> log = new CopyOnWriteArrayList<>();
        try (CollectServer collector = CollectServer.start(CollectOptions.defaults(data.resolve("zh")).withPort(0)
                .withRateLimit(RateLimit.OFF).withLog(log::add))) {
            String page = page(collector.port());
            assertThat(page).contains("<html lang=\"zh-CN\">", "<h1>领奖码核销</h1>",
                    "<label for=\"token\">工作人员口令</label>").doesNotContain("{{").doesNotContain("Redeem a claim");
            JsonNode words = Posts.JSON.readTree(words(page));
            assertThat(words.path("staff.unverified").asText()).startsWith("未核验成绩：");
            assertThat(words.path("staff.same-phone").asText()).contains("{0}", "{1}", "{2}");

            JsonNode status = status(collector.port(), data.resolve("zh"));
            assertThat(status.path("state").asText()).isEqualTo("unknown");
            assertThat(status.path("verified").asBoolean(true)).as("no --site: scores not verified").isFalse();
        }
        assertThat(log).anyMatch(l -> l.startsWith("bulletin collect：正在 http://127.0.0.1:"))
                .anyMatch(l -> l.startsWith("bulletin collect：已停止；已保存 0 条成绩、0 条留言"));

        log.clear();
        QuizCatalog catalog = new QuizCatalog() {
            @Override
            public boolean knowsQuiz(String quiz) {
                return true;
            }

            @Override
            public boolean knowsVersion(String quiz, String version) {
                return true;
            }
        };
        try (CollectServer collector = CollectServer.start(CollectOptions.defaults(data.resolve("en")).withPort(0)
                .withRateLimit(RateLimit.OFF).withLog(log::add).withLanguage(Locale.ENGLISH).withCatalog(catalog))) {
            String page = page(collector.port());
            assertThat(page).contains("<html lang=\"en\">", "<h1>Redeem a claim</h1>").doesNotContain("领奖码核销");
            assertThat(Posts.JSON.readTree(words(page)).path("staff.unverified").asText()).startsWith("Unverified score:");
            assertThat(status(collector.port(), data.resolve("en")).path("verified").asBoolean(false))
                    .as("with the site's quizzes the scores are verified").isTrue();
        }
        assertThat(log).anyMatch(l -> l.startsWith("bulletin collect: listening on http://127.0.0.1:"));
    }

    /** The page's JSON data block of the script's words. */
    private static String words(String page) {
        String open = "<script type=\"application/json\" id=\"words\">";
        int from = page.indexOf(open) + open.length();
        return page.substring(from, page.indexOf("</script>", from));
    }

    private static String page(int port) throws Exception {
        HttpResponse<String> r = RunningCollector.HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/redeem?code=X")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
        assertThat(r.body()).doesNotContain("<script>");
        return r.body();
    }

    private static JsonNode status(int port, Path data) throws Exception {
        String token = Files.readString(data.resolve("staff.token")).strip();
        HttpResponse<String> r = RunningCollector.HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/redeem/status?code=AAAA-BBBB-CCCC"))
                .header("X-Staff-Token", token).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return Posts.JSON.readTree(r.body());
    }

    private static Set<String> arguments(String pattern) {
        Set<String> args = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }

    /** The collector's Java sources and its staff page's files. */
    private static List<Path> sources() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/main/resources/org/bulletin/collect")) {
            try (Stream<Path> s = Files.walk(Path.of(root))) {
                s.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".html")
                        || p.toString().endsWith(".js")).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
