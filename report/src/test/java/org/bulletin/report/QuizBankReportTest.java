package org.bulletin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bulletin.config.ConfigLoader;
import org.bulletin.model.Question;
import org.bulletin.model.Quiz;
import org.bulletin.model.QuizDraw;
import org.bulletin.model.Site;
import org.bulletin.model.SiteBuilder;
import org.bulletin.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-scoring results of a quiz that draws from a bank and has a fill-in question, from the page's JSON and from paper. */
class QuizBankReportTest {

    @TempDir
    Path dir;

    /** q1…q11 single choice (right: option 1), q12 a fill-in ("三", numerals allowed); 4 drawn a device. */
    static Quiz bank() {
        List<Question> questions = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            questions.add(ReportFixtures.question("q" + i, 1, 3, 1));
        }
        questions.add(new Question("q12", "第___个", "", List.of(), 1, "blank", "", 1, List.of("三"), true, ""));
        return new Quiz("bank", "content/quiz/bank.adoc", "Bank", "", LocalDate.of(2022, 3, 14), "published", 60,
                null, "none", null, null, null, null, List.of(), questions, "v1", "salt", 4, false, "first");
    }

    /** A result as the page sends it: the drawn questions all right (the blank typed as "3"). */
    static String line(Quiz quiz, String client, boolean allRight) {
        List<String> drawn = QuizDraw.ids(quiz, client);
        StringBuilder answers = new StringBuilder();
        String blanks = "";
        for (String id : drawn) {
            if (id.equals("q12")) {
                blanks = ",\"blanks\":{\"q12\":\"" + (allRight ? "３" : "4") + "\"}";
            } else {
                answers.append(answers.length() == 0 ? "" : ",").append('"').append(id).append("\":[")
                        .append(allRight ? 1 : 0).append(']');
            }
        }
        return "{\"quiz\":\"bank\",\"quizVersion\":\"v1\",\"client\":\"" + client + "\",\"claim\":null,\"answers\":{"
                + answers + "},\"score\":" + (allRight ? 100 : 0) + ",\"submittedAt\":\"2022-03-15T02:00:00Z\""
                + blanks + ",\"drawn\":[\"" + String.join("\",\"", drawn) + "\"]}";
    }

    @Test
    void scoresEachDeviceOverItsOwnDrawAndCountsQuestionsOverThoseAsked() throws Exception {
        Quiz quiz = bank();
        String deviceWithBlank = null;
        for (int i = 0; deviceWithBlank == null; i++) { // a device whose draw holds the fill-in question
            deviceWithBlank = QuizDraw.ids(quiz, "device-" + i).contains("q12") ? "device-" + i : null;
        }
        Path results = dir.resolve("results.jsonl");
        Files.writeString(results, line(quiz, deviceWithBlank, true) + "\n" + line(quiz, "device-other", false) + "\n",
                StandardCharsets.UTF_8);
        BadLines bad = new BadLines();
        List<ScoredSubmission> scored = new ArrayList<>();
        new ResultsReader(bad).read(results, s -> scored.add(Rescorer.score(quiz, s)));

        assertThat(bad.examples()).isEmpty();
        assertThat(scored).extracting(ScoredSubmission::score).containsExactly(100.0, 0.0);
        assertThat(scored).noneMatch(ScoredSubmission::tampered);
        assertThat(scored.get(0).submission().blanks()).containsEntry("q12", "３");
        QuizStats stats = QuizResults.stats(quiz, new ArrayList<>(scored));
        assertThat(stats.drawn()).isTrue();
        long asked = stats.questions().stream().mapToLong(QuizStats.QuestionStats::asked).sum();
        assertThat(asked).isEqualTo(8);
        QuizStats.QuestionStats blank = stats.questions().get(11);
        assertThat(blank.asked()).isEqualTo(QuizDraw.ids(quiz, "device-other").contains("q12") ? 2 : 1);
        assertThat(blank.correct()).isEqualTo(1);
        assertThat(stats.knowledgePoints()).isEqualTo(8);
    }

    @Test
    void aForgedDrawDoesNotChangeTheScore() throws Exception {
        Quiz quiz = bank();
        // the page claims it drew only q1 and answered it right: the report draws from the device id instead
        String forged = "{\"quiz\":\"bank\",\"quizVersion\":\"v1\",\"client\":\"device-x\",\"claim\":null,"
                + "\"answers\":{\"q1\":[1]},\"score\":100,\"submittedAt\":\"2022-03-15T02:00:00Z\",\"drawn\":[\"q1\"]}";
        ScoredSubmission s = Rescorer.score(quiz, new ResultsReader(new BadLines()).parse(forged, "r.jsonl", 1));
        boolean q1Drawn = QuizDraw.ids(quiz, "device-x").contains("q1");
        assertThat(s.score()).isEqualTo(q1Drawn ? 25.0 : 0.0);
        assertThat(s.tampered()).isTrue();
    }

    @Test
    void readsPaperSheetsByTheirOwnDraw() throws Exception {
        Quiz quiz = bank();
        Files.writeString(dir.resolve("jbake.properties"), "site.title=T\n", StandardCharsets.UTF_8);
        Site site = SiteBuilder.build(ConfigLoader.load(dir, java.util.Map.of(), new Problems()), List.of(quiz), List.of());
        StringBuilder row = new StringBuilder("sheet,quiz,name,phone,1,2,3,4\n7,bank,,");
        for (Question q : QuizDraw.questions(quiz, "paper:7")) {
            row.append(',').append(q.blank() ? "第三" : "B");
        }
        Path paper = dir.resolve("paper.csv");
        Files.writeString(paper, row + "\n", StandardCharsets.UTF_8);
        List<ScoredSubmission> scored = new ArrayList<>();
        BadLines bad = new BadLines();
        new PaperReader(site, bad).read(paper, s -> scored.add(Rescorer.score(quiz, s)));

        assertThat(bad.examples()).isEmpty();
        assertThat(scored).hasSize(1);
        // "第三" normalises to "第3", not "3": right only when the sheet has no fill-in question
        boolean blankOnSheet = QuizDraw.ids(quiz, "paper:7").contains("q12");
        assertThat(scored.get(0).score()).isEqualTo(blankOnSheet ? 75.0 : 100.0);
    }
}
