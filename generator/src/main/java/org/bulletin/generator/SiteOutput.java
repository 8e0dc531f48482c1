package org.bulletin.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.bulletin.model.OutputFile;
import org.bulletin.postprocess.HtmlPostProcessor;
import org.bulletin.postprocess.InlineStyleExtractor;
import org.bulletin.postprocess.PageContext;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Problems;
import org.bulletin.publish.PageSink;
import org.bulletin.publish.SitePublisher;
import org.bulletin.render.PageReuse;
import org.bulletin.render.SiteRenderer.Planned;

/**
 * Renders, post-processes and writes the planned pages, in parallel on all cores (the Thymeleaf engine
 * is thread-safe, each page gets its own jsoup document). Pages the {@link PageReuse} finds unchanged
 * are taken from the last output (or, in place, left where they are) instead.
 */
final class SiteOutput {

    /**
     * What is to be written.
     *
     * @param plan    every output of the site, not rendered yet
     * @param post    the post-processing of every page
     * @param styles  collects the inline styles of the pages into one stylesheet
     * @param outputs every path the build publishes (for the link checks)
     */
    record Pages(List<Planned> plan, HtmlPostProcessor post, InlineStyleExtractor styles, Set<String> outputs) {
    }

    /**
     * What {@link #write} did: pages planned, files rendered (stylesheet included), pages taken from the
     * output through the sink, pages not rendered (taken, or left in place), HTML pages rendered.
     */
    record Written(int pages, int rendered, int copied, int reused, int renderedPages) {
    }

    private SiteOutput() {
    }

    /**
     * Renders and post-processes every planned output that {@code reuse} does not find unchanged and writes
     * each through {@code sink}; problems go to the loaded site's problems. Unchanged pages are taken from
     * the last output through {@link PageReuse#take} (rendered when that fails), or left where they are when
     * the reuse is {@linkplain PageReuse#inPlace in place}.
     */
    static Written write(Pages pages, SiteGenerator.LoadedSite loaded, PageReuse reuse, PageSink sink,
                         BuildListener listener, java.util.Locale language) {
        String stage = org.bulletin.problem.Text.of("build.stage-render").in(language);
        List<Planned> plan = pages.plan();
        InlineStyleExtractor styles = pages.styles();
        reuse.decide(plan, loaded.site(), loaded.sourceTexts(), loaded.keys());
        Map<String, List<Problem>> pageProblems = new ConcurrentHashMap<>();
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            if (reuse.unchanged(i) && reuse.inPlace()) {
                pageProblems.put(plan.get(i).path(), reuse.keep(plan.get(i).path(), styles));
            } else {
                todo.add(i);
            }
        }
        AtomicInteger done = new AtomicInteger();
        AtomicInteger rendered = new AtomicInteger();
        AtomicInteger renderedPages = new AtomicInteger();
        int total = todo.size();
        IntStream.range(0, total).parallel().forEach(k -> {
            Planned planned = plan.get(todo.get(k));
            try {
                List<Problem> kept = reuse.unchanged(todo.get(k)) ? reuse.take(planned.path(), sink, styles) : null;
                if (kept != null) {
                    pageProblems.put(planned.path(), kept);
                } else {
                    render(planned, pages, loaded, reuse, sink, pageProblems);
                    rendered.incrementAndGet();
                    if (planned.html()) {
                        renderedPages.incrementAndGet();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            listener.progress(stage, done.incrementAndGet(), total);
        });
        Problems problems = loaded.problems();
        for (Planned p : plan) {
            problems.addAll(pageProblems.get(p.path()));
        }
        int written = rendered.get();
        if (styles.hasRules()) {
            written++;
            try {
                sink.write(InlineStyleExtractor.PATH, styles.stylesheet().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        int count = (int) plan.stream().filter(Planned::html).count();
        return new Written(count, written, total - rendered.get(), plan.size() - rendered.get(), renderedPages.get());
    }

    private static void render(Planned planned, Pages pages, SiteGenerator.LoadedSite loaded, PageReuse reuse,
                               PageSink sink, Map<String, List<Problem>> pageProblems) throws IOException {
        OutputFile f = planned.render().get();
        Problems own = new Problems();
        f = pages.post().process(f, new PageContext(f.path(), f.source(), loaded.sourceTexts().get(f.source()),
                pages.outputs(), own));
        List<Problem> found = own.sorted();
        pageProblems.put(f.path(), found);
        byte[] bytes = f.bytes();
        String stamp = sink.write(f.path(), bytes);
        reuse.rendered(f.path(), found, f.content(), bytes, stamp);
    }

    /** Copies the theme's and the site's static files into the staging folder; returns how many. */
    static int publishFiles(SitePublisher publisher, Map<String, byte[]> theme, Map<String, Path> files)
            throws IOException {
        int count = 0;
        for (Map.Entry<String, byte[]> e : theme.entrySet()) {
            if (!files.containsKey(e.getKey())) {
                publisher.write(e.getKey(), e.getValue());
                count++;
            }
        }
        for (Map.Entry<String, Path> e : files.entrySet()) {
            publisher.copy(e.getValue(), e.getKey());
            count++;
        }
        return count;
    }
}
