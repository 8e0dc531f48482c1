package org.bulletin.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bulletin.config.ConfigLoader;
import org.bulletin.config.SiteConfig;
import org.bulletin.model.Page;
import org.bulletin.problem.Problems;
import org.bulletin.model.Question;
import org.bulletin.model.Quiz;
import org.bulletin.model.QuizOption;
import org.bulletin.model.Site;
import org.bulletin.model.SiteBuilder;

/** A small site with one quiz and two articles, built from records (no Asciidoctor needed). */
final class ReportFixtures {

    private ReportFixtures() {
    }

    static Question question(String id, int points, int options, Integer... correct) {
        List<Integer> right = List.of(correct);
        List<QuizOption> list = new java.util.ArrayList<>();
        for (int i = 0; i < options; i++) {
            list.add(new QuizOption("option " + i, right.contains(i)));
        }
        return new Question(id, "Question <em>" + id + "</em>", "", list, points, "knowledge " + id, "", 1);
    }

    /** q1 single (A), q2 single (C), q3 multiple (A+B), q4 worth 2 points (B); pass 60, prize 80. */
    static Quiz quiz() {
        return new Quiz("week", "content/quiz/week.adoc", "Social work week quiz", "", LocalDate.of(2022, 3, 14),
                "published", 60, 80, "none", null, null, null, null, List.of("name", "phone"),
                List.of(question("q1", 1, 3, 0), question("q2", 1, 3, 2), question("q3", 1, 4, 0, 1),
                        question("q4", 2, 3, 1)), "v1", "salt");
    }

    static Site site(Path dir) throws IOException {
        return site(dir, "");
    }

    /** The same site with more lines of {@code jbake.properties} ({@code site.locale=en}). */
    static Site site(Path dir, String more) throws IOException {
        Files.writeString(dir.resolve("jbake.properties"), "site.title=美亭社区社工宣传周\n"
                + "site.host=https://example.org/meiting/\nsite.organiser=美亭社区党群服务中心\ncampaign.end=2022-03-20\n"
                + more, StandardCharsets.UTF_8);
        SiteConfig config = ConfigLoader.load(dir, Map.of(), new Problems());
        Page a = new Page("content/articles/a.adoc", Page.POST, "Article A", LocalDate.of(2022, 3, 15), List.of(), "",
                "", "articles/a.html", 1);
        Page b = new Page("content/articles/b.adoc", Page.POST, "Article B", LocalDate.of(2022, 3, 14), List.of(), "",
                "", "articles/b.html", 1);
        return SiteBuilder.build(config, List.of(a, b, quiz()), List.of());
    }
}
