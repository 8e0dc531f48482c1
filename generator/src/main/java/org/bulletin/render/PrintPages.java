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
    public List<OutputFile> render(Site site, SiteRenderer renderer) {
        String ext = site.config().folders().extension();
        List<OutputFile> out = new ArrayList<>();
        String home = site.config().absoluteUrl("");
        Map<String, Object> vars = new HashMap<>();
        vars.put("title", site.config().title());
        vars.put("posterTitle", site.config().title());
        vars.put("posterText", site.config().description());
        vars.put("posterUrl", home);
        vars.put("qr", QrSvg.svg(home, home));
        vars.put("quiz", null);
        out.add(renderer.html("poster", FOLDER + "poster" + ext, "", vars));
        for (Quiz quiz : site.quizzes()) {
            String url = site.config().absoluteUrl(quizUri(site, quiz));
            Map<String, Object> q = new HashMap<>();
            q.put("title", quiz.title());
            q.put("posterTitle", quiz.title());
            q.put("posterText", site.config().title());
            q.put("posterUrl", url);
            q.put("qr", QrSvg.svg(url, url));
            q.put("quiz", quiz);
            out.add(renderer.html("poster", FOLDER + "poster-" + quiz.id() + ext, quiz.source(), q));
            Map<String, Object> sheet = new HashMap<>();
            sheet.put("title", quiz.title());
            sheet.put("quiz", quiz);
            sheet.put("letters", letters());
            out.add(renderer.html("quiz-sheet", FOLDER + "sheet-" + quiz.id() + ext, quiz.source(), sheet));
            if (keys) {
                out.add(renderer.html("quiz-key", FOLDER + "key-" + quiz.id() + ext, quiz.source(), sheet));
            }
        }
        return out;
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
