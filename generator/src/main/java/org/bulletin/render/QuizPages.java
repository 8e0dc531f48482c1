package org.bulletin.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bulletin.config.SiteConfig;
import org.bulletin.model.Quiz;
import org.bulletin.model.Site;

/**
 * Quiz pages: one page per quiz at its source path with the output extension
 * ({@code content/quiz/social-work-quiz.adoc} → {@code quiz/social-work-quiz.html}), a home-page card and a
 * navigation entry for each, and the quiz form that {@code quiz::id[]} embeds in articles.
 */
public final class QuizPages implements SiteRenderer.PageContributor {

    /** Scripts every quiz page loads: the vendored QR library, then the quiz script. */
    public static final List<String> SCRIPTS = List.of("/js/qrcode.js", "/js/quiz.js");
    public static final List<String> STYLES = List.of("/css/quiz.css");

    private final ThymeleafRenderer thymeleaf;

    public QuizPages(ThymeleafRenderer thymeleaf) {
        this.thymeleaf = thymeleaf;
    }

    /** {@code content/quiz/x.adoc} → {@code quiz/x.html}. */
    public static String uri(Quiz quiz, SiteConfig config) {
        return quiz.uri(config);
    }

    @Override
    public List<SiteRenderer.Planned> pages(Site site, SiteRenderer renderer) {
        List<SiteRenderer.Planned> pages = new ArrayList<>();
        for (Quiz quiz : site.quizzes()) {
            String uri = uri(quiz, site.config());
            pages.add(new SiteRenderer.Planned(uri, true, quiz.source(), null, () -> {
                Map<String, Object> vars = new HashMap<>();
                vars.put("quiz", quiz);
                vars.put("quizData", QuizData.json(quiz, thymeleaf));
                vars.put("title", quiz.title());
                vars.put("description", DescriptionText.of(quiz));
                vars.put("pageScripts", SCRIPTS);
                vars.put("pageStyles", STYLES);
                return renderer.html("quiz", uri, quiz.source(), vars);
            }));
        }
        return pages;
    }

    @Override
    public void variables(Site site, Map<String, Object> vars) {
        vars.putIfAbsent("pageStyles", List.of());
        if (site.quizzes().isEmpty()) {
            return;
        }
        String path = String.valueOf(vars.get("path"));
        @SuppressWarnings("unchecked")
        List<Link> navigation = (List<Link>) vars.get("navigation");
        @SuppressWarnings("unchecked")
        List<Link> cards = (List<Link>) vars.get("quizCards");
        // one short navigation entry ("有奖问答"), never the quizzes' titles: a long title took the first
        // screen at 320 px. One quiz: its page; several: the quiz cards on the home page.
        boolean single = site.quizzes().size() == 1;
        boolean onQuiz = false;
        for (Quiz quiz : site.quizzes()) {
            String uri = uri(quiz, site.config());
            onQuiz |= uri.equals(path);
            cards.add(new Link("/" + uri, quiz.title(),
                    thymeleaf.text("quiz.card.meta", org.bulletin.model.QuizDraw.askedCount(quiz)), uri.equals(path)));
        }
        String href = single ? "/" + uri(site.quizzes().get(0), site.config()) : "/#quiz-cards";
        navigation.add(new Link(href, thymeleaf.text("nav.quizzes"), null, onQuiz));
    }

    /**
     * Quiz id → the quiz block (form, data) for {@code quiz::id[]} in articles; each block is rendered the
     * first time a page asks for it (once per build, thread-safe), null for an unknown id.
     */
    public java.util.function.Function<String, String> embeds(Site site) {
        Map<String, Quiz> byId = new TreeMap<>();
        site.quizzes().forEach(q -> byId.put(q.id(), q));
        Map<String, String> rendered = new java.util.concurrent.ConcurrentHashMap<>();
        return id -> {
            Quiz quiz = id == null ? null : byId.get(id);
            return quiz == null ? null : rendered.computeIfAbsent(id, k -> thymeleaf.render("quiz-embed",
                    Map.of("quiz", quiz, "quizData", QuizData.json(quiz, thymeleaf))));
        };
    }

    /** A plain-text description for the meta tag: the introduction's text. */
    private static final class DescriptionText {
        static String of(Quiz quiz) {
            String text = org.jsoup.Jsoup.parse(quiz.introHtml()).text().strip();
            return text.length() > 120 ? text.substring(0, 120) + "…" : text;
        }
    }
}
