package org.bulletin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bulletin.generator.BuildRequest;
import org.bulletin.generator.SiteGenerator;
import org.bulletin.model.Question;
import org.bulletin.model.Quiz;
import org.bulletin.serve.StaticSiteServer;
import org.bulletin.testing.Browser;
import org.bulletin.testing.BrowserTest;
import org.bulletin.testing.SharedGenerator;
import org.bulletin.testing.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The campaign report ({@code bulletin report} over the sample site, with results, an access log and a draw)
 * on a 320 × 568 phone, served on 127.0.0.1 with the strict CSP: with the theme's largest text size (特大, the
 * {@code font-xlarge} class; the report has no switcher of its own), with the browser's font at 200 % and with
 * both, nothing scrolls sideways (wide tables scroll inside a focusable region, charts scale), everything
 * focusable is a 44 px target and no text is below 18 px, the charts' labels and values included (they are HTML;
 * only the bars are SVG). Lives here because it needs both report and serve.
 */
@ExtendWith(SharedGenerator.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@BrowserTest
class ReportLargeTextBrowserTest {

    /** Right edges of everything not inside a scrolling box, and the page's own scroll width, in CSS px. */
    static final String OVERFLOW = """
            var w = document.documentElement.clientWidth, worst = '', max = 0;
            var all = document.body.getElementsByTagName('*');
            for (var i = 0; i < all.length; i++) {
              var e = all[i], r = e.getBoundingClientRect();
              if (r.width === 0 || r.height === 0) { continue; }
              var clipped = false;
              for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                if (getComputedStyle(p).overflowX !== 'visible') { clipped = true; break; }
              }
              if (clipped) { continue; }
              var over = Math.max(r.right - w, -r.left);
              if (over > max + 0.5) { max = over; worst = e.tagName + '.' + e.className + ' "' + (e.textContent || '').trim().slice(0, 24) + '"'; }
              var ox = getComputedStyle(e).overflowX;
              if (ox !== 'visible' && e.scrollWidth > e.clientWidth + 1 && e.tabIndex < 0) {
                max = Math.max(max, 1); worst = 'scrolls but cannot be focused: ' + e.tagName + '.' + e.className;
              }
            }
            return [document.documentElement.scrollWidth - w, Math.round(max), worst];
            """;

    static final String SMALL_TEXT = """
            var out = [], walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, null, false);
            for (var n = walker.nextNode(); n; n = walker.nextNode()) {
              var e = n.parentElement;
              if (!n.nodeValue.trim() || !e || e.closest('svg') || e.getClientRects().length === 0) { continue; }
              var size = parseFloat(getComputedStyle(e).fontSize);
              if (size < 17.95) { out.push(size.toFixed(1) + 'px "' + n.nodeValue.trim().slice(0, 20) + '"'); }
            }
            var focusable = document.querySelectorAll('a[href], button, [tabindex]');
            for (var i = 0; i < focusable.length; i++) {
              var r = focusable[i].getBoundingClientRect();
              if (r.height < 44 && !focusable[i].closest('table')) { out.push('target ' + Math.round(r.height) + 'px tall: ' + focusable[i].tagName); }
            }
            return out;
            """;

    @TempDir
    static Path dir;
    StaticSiteServer server;
    ChromeDriver browser;
    String base;

    @BeforeAll
    void start(SiteGenerator generator) throws Exception {
        Path site = TestSites.sample(dir.resolve("site"));
        Quiz quiz = generator.load(BuildRequest.of(site, dir.resolve("unused"))).site().quizzes().get(0);
        StringBuilder right = new StringBuilder();
        for (Question q : quiz.questions()) {
            List<Integer> correct = new ArrayList<>();
            for (int i = 0; i < q.options().size(); i++) {
                if (q.options().get(i).correct()) {
                    correct.add(i);
                }
            }
            right.append(right.length() == 0 ? "" : ",").append('"').append(q.id()).append("\":").append(correct.toString().replace(" ", ""));
        }
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            lines.append("{\"quiz\":\"").append(quiz.id()).append("\",\"quizVersion\":\"").append(quiz.version())
                    .append("\",\"client\":\"device").append(i).append("\",\"claim\":\"CLAIM-").append(i).append("\",\"answers\":{")
                    .append(i % 2 == 0 ? right : "").append("},\"score\":").append(i % 2 == 0 ? 100 : 0)
                    .append(",\"submittedAt\":\"2022-03-15T10:0").append(i).append(":00+08:00\"}\n");
        }
        lines.append("not json at all, a line the report lists with its path\n");
        Path results = Files.writeString(dir.resolve("results-from-the-community-centre-collector.jsonl"), lines, StandardCharsets.UTF_8);
        StringBuilder log = new StringBuilder();
        for (String page : new String[] {"articles/what-social-workers-do.html", "articles/world-social-work-day.html",
            "articles/annual-review.html", ""}) {
            log.append("1.1.1.1 - - [10/Mar/2022:10:00:00 +0800] \"GET /meiting/").append(page)
                    .append(" HTTP/1.1\" 200 5120 \"-\" \"Mozilla/5.0 UA1\"\n");
        }
        Path access = Files.writeString(dir.resolve("access.log"), log, StandardCharsets.UTF_8);
        Path out = dir.resolve("report");
        CampaignReporter.write(generator, BuildRequest.of(site, dir.resolve("o")), new ReportRequest(List.of(results),
                List.of(access), List.of(), List.of(), AttemptPolicy.FIRST, 2, "draw-seed-2022", out));
        assertThat(out.resolve("index.html")).exists();
        server = new StaticSiteServer("127.0.0.1", 0, () -> out, StaticSiteServer.CSP, false);
        base = "http://127.0.0.1:" + server.port() + "/";
        browser = Browser.start(360, 700);
        Browser.viewport(browser, 320, 568);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void reportFitsA320PixelPhoneWithLargestTextAndDoubleBrowserFont() {
        List<String> problems = new ArrayList<>();
        measure("特大", 16, true, problems);
        measure("200 %", 32, false, problems);
        measure("200 % + 特大", 32, true, problems);
        assertThat(problems).isEmpty();
        assertThat(Browser.consoleProblems(browser)).isEmpty();
    }

    private void measure(String label, int browserFont, boolean xlarge, List<String> problems) {
        browser.executeCdpCommand("Page.setFontSizes", Map.of("fontSizes", Map.of("standard", browserFont, "fixed", browserFont * 13 / 16)));
        browser.get(base + "index.html");
        assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("ul.chart svg.bar"))).as("the charts").isNotEmpty();
        assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("table"))).as("the tables").hasSizeGreaterThan(1);
        if (xlarge) {
            browser.executeScript("document.documentElement.className += ' font-xlarge';");
        }
        @SuppressWarnings("unchecked")
        List<Object> o = (List<Object>) browser.executeScript(OVERFLOW);
        long scroll = ((Number) o.get(0)).longValue();
        long edge = ((Number) o.get(1)).longValue();
        System.out.println("report overflow " + label + ": scroll " + scroll + " px, edge " + edge + " px " + o.get(2));
        if (scroll > 0 || edge > 0) {
            problems.add(label + ": scrolls " + scroll + " px, an element overflows by " + edge + " px: " + o.get(2));
        }
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) browser.executeScript(SMALL_TEXT);
        small.forEach(s -> problems.add(label + ": " + s));
    }
}
