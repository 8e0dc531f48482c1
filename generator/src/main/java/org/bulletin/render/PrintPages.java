package org.bulletin.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bulletin.model.Quiz;
import org.bulletin.model.Site;

/**
 * Printables for the noticeboard and for residents without smartphones: an A4 poster of the site and
 * one per quiz (title, dates, organiser, QR code of the address drawn as SVG at build time), a paper
 * quiz sheet per quiz, and, only when asked for (never in the published site, since the answers must
 * not be readable there), a separate answer key per quiz. Paths: {@code print/poster.html},
 * {@code print/poster-ID.html}, {@code print/sheet-ID.html}, {@code print/key-ID.html}.
 */
public final class PrintPages implements SiteRenderer.PageContributor {

    public static final String FOLDER = "print/";
    private final boolean keys;

    /** @param keys also render the answer keys (the {@code bulletin print} command, not the site build) */
    public PrintPages(boolean keys) {
        this.keys = keys;
    }

    /** Where a quiz's page is published (the quiz pages' convention). */
    public static String quizUri(Site site, Quiz quiz) {
        return QuizPages.uri(quiz, site.config());
    }

    @Override
    public List<SiteRenderer.Planned> pages(Site site, SiteRenderer renderer) {
        String ext = site.config().folders().extension();
        List<SiteRenderer.Planned> out = new ArrayList<>();
        String title = site.config().title();
        out.add(poster(renderer, FOLDER + "poster" + ext, "", title, site.config().description(),
                site.config().absoluteUrl(""), null));
        for (Quiz quiz : site.quizzes()) {
            out.add(poster(renderer, FOLDER + "poster-" + quiz.id() + ext, quiz.source(), quiz.title(), title,
                    site.config().absoluteUrl(quizUri(site, quiz)), quiz));
            Map<String, Object> sheet = new HashMap<>();
            sheet.put("title", quiz.title());
            sheet.put("quiz", quiz);
            sheet.put("letters", letters());
            sheet.put("sheets", PaperSheet.of(quiz));
            out.add(renderer.planned("quiz-sheet", FOLDER + "sheet-" + quiz.id() + ext, quiz.source(), sheet));
            if (keys) {
                out.add(renderer.planned("quiz-key", FOLDER + "key-" + quiz.id() + ext, quiz.source(), sheet));
            }
        }
        return out;
    }

    /** A poster; its QR code is drawn only when the poster is rendered. */
    private static SiteRenderer.Planned poster(SiteRenderer renderer, String path, String source, String title,
                                               String text, String url, Quiz quiz) {
        return new SiteRenderer.Planned(path, true, source, null, () -> {
            Map<String, Object> vars = new HashMap<>();
            vars.put("title", title);
            vars.put("posterTitle", title);
            vars.put("posterText", text);
            vars.put("posterUrl", url);
            vars.put("qr", QrSvg.svg(url, url));
            vars.put("quiz", quiz);
            return renderer.html("poster", path, source, vars);
        });
    }

    /** Option letters A–Z for templates ({@code letters[i]}). */
    static List<String> letters() {
        List<String> letters = new ArrayList<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            letters.add(String.valueOf(c));
        }
        return letters;
    }
}
