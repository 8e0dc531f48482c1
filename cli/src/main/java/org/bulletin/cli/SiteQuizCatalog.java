package org.bulletin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bulletin.collect.QuizCatalog;
import org.bulletin.generator.BuildListener;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.model.Question;
import org.bulletin.model.Quiz;
import org.bulletin.model.QuizDraw;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Text;

/**
 * The quizzes of a site for {@code collect --site}, parsed with the same generator as a build: the
 * collector checks each submission's quiz, version and draw against them and scores prize claims (the
 * collector itself depends on nothing of the generator, so it sees them through {@link QuizCatalog}).
 */
final class SiteQuizCatalog implements QuizCatalog {

    private final Map<String, Quiz> quizzes;

    private SiteQuizCatalog(Map<String, Quiz> quizzes) {
        this.quizzes = quizzes;
    }

    /**
     * The quizzes of the site folder {@code site}.
     *
     * @throws IllegalArgumentException listing every error, in the site's language, when the site has any
     */
    static QuizCatalog of(Path site) throws IOException {
        try (SiteGenerator generator = new SiteGenerator(BuildListener.SILENT)) {
            var loaded = generator.load(BuildRequest.of(site, site.resolve("output")));
            List<Problem> errors = loaded.problems().sorted().stream().filter(Problem::isError).toList();
            if (!errors.isEmpty()) {
                Locale language = loaded.config().language();
                StringBuilder b = new StringBuilder(Text.of("cli.site-has-errors").in(language));
                errors.forEach(p -> b.append("\n  ").append(p.format(language)));
                throw new IllegalArgumentException(b.toString());
            }
            return new SiteQuizCatalog(loaded.site().quizzes().stream()
                    .collect(Collectors.toUnmodifiableMap(Quiz::id, Function.identity(), (first, last) -> last)));
        }
    }

    @Override
    public boolean knowsQuiz(String id) {
        return quizzes.containsKey(id);
    }

    @Override
    public boolean knowsVersion(String id, String version) {
        Quiz quiz = quizzes.get(id);
        return version != null && quiz != null && version.equals(quiz.version());
    }

    @Override
    public List<String> drawnFor(String id, String client) {
        Quiz quiz = quizzes.get(id);
        return quiz == null || quiz.draw() == null ? null : QuizDraw.ids(quiz, client);
    }

    @Override
    public Set<String> blankQuestions(String id) {
        Quiz quiz = quizzes.get(id);
        return quiz == null ? Set.of()
                : quiz.questions().stream().filter(Question::blank).map(Question::id).collect(Collectors.toSet());
    }

    @Override
    public boolean prizeLevel(String id, Map<String, List<Integer>> answers, Map<String, String> blanks, String client) {
        Quiz quiz = quizzes.get(id);
        if (quiz == null || quiz.prizeScore() == null) {
            return false;
        }
        List<String> asked = quiz.draw() == null ? null : QuizDraw.ids(quiz, client);
        return quiz.score(answers, blanks, asked) >= quiz.prizeScore();
    }
}
