package org.bulletin.report;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.problem.Problem;

/**
 * {@code bulletin report} and {@code bulletin:report} in one call: loads the site (its quizzes are the
 * answer key), builds the campaign report from the inputs and writes it. The CLI and the Maven plugin
 * only translate their options into the two requests.
 */
public final class CampaignReporter {

    private CampaignReporter() {
    }

    /**
     * What came of it.
     *
     * @param errors content errors of the site; nothing was written when there are any
     * @param report the report, or null when there were errors
     * @param millis time spent reading the inputs
     * @param language the language of the console summary and the problems: the request's ({@code --lang},
     *                 {@code bulletin.lang}), else the site's {@code site.locale}, which the report page is in
     */
    public record Outcome(List<Problem> errors, CampaignReport report, long millis, Locale language) {

        public Outcome {
            errors = List.copyOf(errors);
            language = language == null ? Locale.ENGLISH : language;
        }

        public boolean failed() {
            return report == null;
        }
    }

    /**
     * @param site    the site folder and its overrides (the request's output folder is not written)
     * @param request the inputs and the report folder
     */
    public static Outcome write(SiteGenerator generator, BuildRequest site, ReportRequest request) throws IOException {
        SiteGenerator.LoadedSite loaded = generator.load(site);
        List<Problem> errors = loaded.problems().sorted().stream().filter(Problem::isError).toList();
        Locale language = site.language(loaded.config()); // --lang / bulletin.lang, else the site's
        if (!errors.isEmpty()) {
            return new Outcome(errors, null, 0, language);
        }
        long start = System.nanoTime();
        CampaignReport report = ReportBuilder.build(loaded.site(), request);
        long millis = (System.nanoTime() - start) / 1_000_000;
        ReportWriter.write(loaded.site(), generator.themePages(loaded), report, request.output());
        return new Outcome(List.of(), report, millis, language);
    }
}
