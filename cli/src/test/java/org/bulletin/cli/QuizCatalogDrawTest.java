package org.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.bulletin.collect.QuizCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code collect --site}: the catalog knows each device's draw and the fill-in questions, from the site itself. */
class QuizCatalogDrawTest {

    @TempDir
    Path site;

    @Test
    void knowsTheDrawOfEachDeviceAndTheFillInQuestions() throws Exception {
        StringBuilder quiz = new StringBuilder("= 题库\n:jbake-type: quiz\n:quiz-draw: 3\n");
        for (int i = 1; i <= 8; i++) {
            quiz.append("\n[#q").append(i).append("]\n== 第").append(i).append("题？\n\n* [ ] 错\n* [x] 对\n");
        }
        quiz.append("\n[#q9]\n== 一周有___天\n\n[.answers]\n* 七\n");
        Files.createDirectories(site.resolve("content/quiz"));
        Files.writeString(site.resolve("jbake.properties"), "site.title=T\n");
        Files.writeString(site.resolve("content/quiz/bank.adoc"), quiz);
        Files.writeString(site.resolve("content/quiz/plain.adoc"), "= 普通\n:jbake-type: quiz\n\n== 是吗？\n\n* [x] 是\n* [ ] 否\n");

        QuizCatalog catalog = SiteQuizCatalog.of(site);

        List<String> a = catalog.drawnFor("bank", "device-a");
        assertThat(a).hasSize(3).isEqualTo(catalog.drawnFor("bank", "device-a"));
        assertThat(List.of("device-b", "device-c", "device-d").stream().map(d -> catalog.drawnFor("bank", d)))
                .anyMatch(other -> !other.equals(a));
        assertThat(catalog.drawnFor("plain", "device-a")).isNull();
        assertThat(catalog.blankQuestions("bank")).isEqualTo(Set.of("q9"));
        assertThat(catalog.blankQuestions("plain")).isEmpty();
    }
}
