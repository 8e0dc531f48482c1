package org.bulletin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.bulletin.config.ConfigLoader;
import org.bulletin.config.SiteConfig;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.BuildResult;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.model.Message;
import org.bulletin.model.Site;
import org.bulletin.model.SiteBuilder;
import org.bulletin.problem.Problems;
import org.bulletin.testing.SharedGenerator;
import org.bulletin.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What residents wrote on the message wall stays inert text: hostile names and messages go through
 * the report's {@code wrap-up.adoc}, the editor publishes it, the real generator builds it, and the
 * page shows the words as written, with no element or attribute made from them.
 */
@ExtendWith(SharedGenerator.class)
class WrapUpInjectionTest {

    /** AsciiDoc, HTML and template syntax a resident might type, on purpose or not. */
    private static final List<String> PIECES = List.of(
            "link:https://evil.example/[奖品改为线上发放]", "image:x.png[]", "image::x.png[]", "pass:[<b>x</b>]",
            "++++", "\n++++\n<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">\n++++\n",
            "\n\n++++\n<script>alert(1)</script>\n++++\n\n", "{docdir}", "{user-home}", "{attribute-missing}",
            "{set:foo:bar}", "{counter:n}", "javascript:alert(1)", "<b>粗</b>", "<img src=x onerror=alert(1)>",
            "*bold*", "**b**", "_it_", "`code`", "``c``", "#mark#", "##m##", "[.big]#x#", "^sup^", "~sub~",
            "+++raw+++", "+raw+", "$$x$$", "((index))", "(((a,b)))", "footnote:[x]", "kbd:[Ctrl]", "btn:[OK]",
            "<<anchor>>", "<<a,text>>", "xref:a.adoc[]", "[[id]]", "[#id.role]", "https://evil.example/x",
            "mailto:a@b.example[x]", "user@example.com", " +\n", "--", "...", "(C)", "(TM)", "->", "=>", "it's",
            "&amp;", "&#60;", "&lt;", "\\", "\\{docdir}", "include::/etc/passwd[]", "\nifdef::x[]\n", "\n:docdir: x\n",
            "\n// comment\n", "\n////\n", "\n----\n", "\n|===\n", "\n* item\n", "\n. item\n", "\n= Title\n",
            "\n[source,html]\n", "\n[quote]\n____\n", "\r\n", "\r", "\t", "\u2028", "\u2029", "\u0085", "社工",
            "美亭社区", "“引号”", "😀", "👨‍👩‍👧", "\uD800", "\uDC00", "\"", "'", "<!-- c -->", "]]>", "[[${x}]]",
            "${x}", "#{x}", "{{x}}", "%", ";", ":", "[", "]", "|", "!", "?", "=", "~", "^", "@", "\u0000", "\u001b[31m");

    @TempDir
    Path dir;

    @Test
    void hostileNamesAndMessagesAreShownAsWrittenAndAddNoMarkup(SiteGenerator generator) throws Exception {
        TestSites.write(dir, """
                -- jbake.properties --
                site.title=美亭社区社工宣传周
                site.host=https://example.org/
                campaign.end=2022-03-20
                """);
        SiteConfig config = ConfigLoader.load(dir, Map.of(), new Problems());
        Random random = new Random(18);
        List<List<String>> articles = new ArrayList<>();
        articles.add(List.of("小陈", "社工很好", "老李", "谢谢")); // the benign shape every page must have
        for (int i = 0; i < 25; i++) {
            articles.add(List.of(hostile(random), hostile(random), hostile(random), hostile(random)));
        }
        for (int i = 0; i < articles.size(); i++) {
            List<String> words = articles.get(i);
            Site site = SiteBuilder.build(config, List.of(), List.of(
                    new Message(LocalDate.of(2022, 3, 15), words.get(0), words.get(1), "", 2),
                    new Message(LocalDate.of(2022, 3, 16), words.get(2), words.get(3), "", 3)));
            CampaignReport report = ReportBuilder.build(site, new ReportRequest(List.of(), List.of(), List.of(),
                    List.of(), AttemptPolicy.FIRST, 0, null, dir.resolve("report")));
            String adoc = WrapUpArticle.asciidoc(site, report).replace(":jbake-status: draft", ":jbake-status: published");
            Path file = dir.resolve("content/articles/wrap-" + i + ".adoc");
            Files.createDirectories(file.getParent());
            Files.write(file, adoc.getBytes(StandardCharsets.UTF_8));
        }

        Path out = dir.resolve("out");
        BuildResult result = generator.build(BuildRequest.of(dir, out));
        assertThat(result.published()).as("%s", result.problems()).isTrue();

        Document benign = Jsoup.parse(out.resolve("articles/wrap-0.html").toFile());
        Set<String> allowed = shapes(benign);
        String benignBody = skeleton(benign.selectFirst(".article-body"));
        for (int i = 1; i < articles.size(); i++) {
            List<String> words = articles.get(i);
            Document page = Jsoup.parse(out.resolve("articles/wrap-" + i + ".html").toFile());
            Element body = page.selectFirst(".article-body");
            assertThat(body.text()).as("article %d from %s", i, words).contains(
                    "居民" + shown(words.get(0)) + "说：“" + shown(words.get(1)) + "”",
                    "居民" + shown(words.get(2)) + "说：“" + shown(words.get(3)) + "”");
            assertThat(skeleton(body)).as("article %d from %s", i, words).isEqualTo(benignBody);
            assertThat(shapes(page)).as("article %d from %s", i, words).isSubsetOf(allowed);
        }
    }

    /** One hostile string: a few pieces, resident-style text and random printable ASCII mixed. */
    private static String hostile(Random random) {
        StringBuilder s = new StringBuilder("居");
        int parts = 1 + random.nextInt(5);
        for (int p = 0; p < parts; p++) {
            switch (random.nextInt(3)) {
                case 0, 1 -> s.append(PIECES.get(random.nextInt(PIECES.size())));
                default -> {
                    for (int c = random.nextInt(6); c >= 0; c--) {
                        s.append((char) (0x21 + random.nextInt(0x5e)));
                    }
                }
            }
        }
        return s.toString();
    }

    /** The text a page shows for a resident's words: whitespace runs as one space, broken UTF-16 as U+FFFD. */
    static String shown(String text) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                s.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                s.append('\uFFFD');
            } else {
                s.append(Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c) ? ' ' : c);
            }
        }
        return s.toString().replaceAll(" {2,}", " ").strip();
    }

    /** Tag names, nesting and attribute names of an element, without text or attribute values. */
    private static String skeleton(Element e) {
        StringBuilder s = new StringBuilder("<").append(e.tagName());
        e.attributes().forEach(a -> s.append(' ').append(a.getKey()));
        s.append('>');
        e.children().forEach(c -> s.append(skeleton(c)));
        return s.append("</>").toString();
    }

    /** Every tag with its attribute names that occurs in the page. */
    private static Set<String> shapes(Document page) {
        Set<String> shapes = new TreeSet<>();
        for (Element e : page.getAllElements()) {
            StringBuilder s = new StringBuilder(e.tagName());
            e.attributes().forEach(a -> s.append(' ').append(a.getKey()));
            shapes.add(s.toString());
        }
        return shapes;
    }
}
