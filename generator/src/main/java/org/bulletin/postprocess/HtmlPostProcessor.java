package org.bulletin.postprocess;

import java.util.List;
import org.bulletin.model.OutputFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/** Runs the jsoup chain over each rendered HTML page, in order. */
public final class HtmlPostProcessor {

    private final List<PageStep> steps;

    public HtmlPostProcessor(List<PageStep> steps) {
        this.steps = List.copyOf(steps);
    }

    public OutputFile process(OutputFile file, PageContext context) {
        if (!file.html()) {
            return file;
        }
        Document page = Jsoup.parse(file.content());
        page.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        for (PageStep step : steps) {
            step.apply(page, context);
        }
        return file.withContent(page.outerHtml());
    }
}
