package org.bulletin.generator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bulletin.config.SiteConfig;
import org.bulletin.model.Document;
import org.bulletin.model.Message;
import org.bulletin.model.Page;
import org.bulletin.model.Quiz;
import org.bulletin.model.Site;
import org.bulletin.model.SiteBuilder;
import org.bulletin.parse.DataFiles;
import org.bulletin.parse.MessagesCsvParser;
import org.bulletin.parse.QuizEmbedCheck;
import org.bulletin.parse.QuizParser;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;

/**
 * The model: the converted documents and the message wall's data made into a {@link Site}, after the
 * checks across documents (no two published at one path, quiz ids unique, every {@code quiz::} names a
 * quiz).
 */
final class ModelStage {

    private ModelStage() {
    }

    static Loaded model(ConvertStage.Converted converted) throws IOException {
        ScanStage.Scanned scanned = converted.scanned();
        SiteConfig config = scanned.config();
        Problems problems = scanned.problems();
        List<Page> pages = converted.pages();
        List<Quiz> quizzes = converted.quizzes();
        checkUniqueUris(pages, problems);
        List<Message> messages = MessagesCsvParser.parse(scanned.sources().siteDir(), config.folders().data(), problems);
        QuizParser.checkUniqueIds(quizzes, problems);
        Set<String> quizIds = new TreeSet<>();
        quizzes.forEach(q -> quizIds.add(q.id()));
        for (Page p : pages) {
            QuizEmbedCheck.check(p, () -> converted.texts().get(p.source()), quizIds, problems);
        }
        List<Document> all = new ArrayList<>(pages);
        all.addAll(quizzes);
        Site site = SiteBuilder.build(config, all, messages,
                DataFiles.read(scanned.sources().data(), config.folders().data(), problems));
        return new Loaded(new SiteGenerator.LoadedSite(config, scanned.sources(), site, converted.texts(), problems,
                converted.keys()), converted.photos(), converted.converted(), converted.fromStore());
    }

    private static void checkUniqueUris(List<Page> pages, Problems problems) {
        Map<String, Page> seen = new HashMap<>();
        for (Page p : pages) {
            Page other = seen.putIfAbsent(p.uri(), p);
            if (other != null) {
                problems.error(p.source(), 1, Text.of("build.collision-document", other.source(), p.uri()));
            }
        }
    }
}
