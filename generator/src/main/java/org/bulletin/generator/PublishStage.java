package org.bulletin.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bulletin.config.SiteConfig;
import org.bulletin.generator.SiteGenerator.LoadedSite;
import org.bulletin.incremental.InputsFingerprint;
import org.bulletin.incremental.PageState;
import org.bulletin.incremental.PageStates;
import org.bulletin.incremental.ReusedPages;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;
import org.bulletin.publish.PageSink;
import org.bulletin.publish.SitePublisher;
import org.bulletin.render.PageReuse;
import org.bulletin.source.SiteSources;

/**
 * Render, post-process and publish: the planned pages written through {@link SiteOutput}, the static
 * files and photos beside them, the result counted. Which pages need rendering is the {@link PageReuse}'s
 * decision: {@link ReusedPages} against the last build's {@link PageState} (kept in memory for the dev
 * server's rebuilds and in the cache folder for the next process), or {@link PageReuse#NONE}.
 */
final class PublishStage {

    private final BuildListener listener;
    private final boolean speedUps;
    /** Output folder → what the last {@link SiteGenerator#rebuild} published there. */
    private final Map<Path, PageState> previous = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param speedUps false to render every page and keep no state */
    PublishStage(BuildListener listener, boolean speedUps) {
        this.listener = listener;
        this.speedUps = speedUps;
    }

    /**
     * Renders and publishes the planned build: into the publisher's staging folder, swapped in when the
     * build has no errors; or, {@code inPlace} when the last build into the same folder had the same
     * {@code inputs}, only the changed pages, replaced where they are once the build is known to be good.
     *
     * @param inputs the {@linkplain InputsFingerprint inputs fingerprint}
     */
    BuildResult publish(BuildRequest request, Loaded loading, PlanStage.Plan planned, String inputs,
                        boolean inPlace, long start) throws IOException {
        LoadedSite loaded = loading.site();
        SiteOutput.Pages pages = planned.pages();
        PlanStage.Statics statics = planned.statics();
        Text refusal = SitePublisher.refusal(request.outputDir(), request.siteDir(), List.of(
                request.siteDir().resolve(loaded.config().folders().content()),
                request.siteDir().resolve(loaded.config().folders().assets()),
                request.siteDir().resolve(loaded.config().folders().data()),
                request.siteDir().resolve(loaded.config().folders().templates())));
        if (refusal != null) {
            loaded.problems().error("", 0, refusal);
            return finish(request, loaded.config(), loaded.problems(), null, start);
        }
        Path output = request.outputDir();
        SiteConfig config = loaded.config();
        Problems problems = loaded.problems();
        PageState last = previous.get(output);
        Path stateFile = request.useCache() && speedUps ? request.effectiveCacheDir().resolve(PageStates.FILE) : null;
        boolean ownTemplates = ownTemplates(loaded.sources());
        if (inPlace && last != null && last.inputs().equals(inputs)
                && java.nio.file.Files.isDirectory(output)) {
            Map<String, byte[]> written = new java.util.concurrent.ConcurrentHashMap<>();
            ReusedPages reuse = new ReusedPages(last, output, inputs, ownTemplates, true);
            SiteOutput.Written w = SiteOutput.write(pages, loaded, reuse, (path, bytes) -> {
                        written.put(path, bytes);
                        return null; // written below, once the build is known to be publishable
                    }, listener, request.language(config));
            listener.debug(reuse.decision());
            BuildResult result = finish(request, config, problems,
                    counts(loading, w, w.rendered(), statics.photos()), start);
            if (result.published()) {
                PageSink sink = PageSink.inPlace(output);
                Map<String, String> stamps = new HashMap<>();
                for (Map.Entry<String, byte[]> e : new TreeMap<>(written).entrySet()) {
                    String stamp = sink.write(e.getKey(), e.getValue());
                    if (stamp != null) {
                        stamps.put(e.getKey(), stamp);
                    }
                }
                PageState state = reuse.state(pages.styles().rules()).withStamps(stamps);
                previous.put(output, state);
                if (stateFile != null) {
                    PageStates.save(stateFile, state);
                }
                listener.info(Text.of("build.rendered-in-place", w.renderedPages(), w.pages(), output).in(request.language(config)));
            }
            return result;
        }
        PageState stored = last != null ? last : stateFile == null ? null : PageStates.load(stateFile);
        listener.debug("state of the last build read at " + Timing.millis(start) + " ms");
        try (SitePublisher publisher = SitePublisher.open(output)) {
            ReusedPages reuse = new ReusedPages(stored, output, inputs, ownTemplates, false);
            SiteOutput.Written w = SiteOutput.write(pages, loaded, speedUps ? reuse : PageReuse.NONE,
                    PageSink.staging(publisher), listener, request.language(config));
            listener.debug(speedUps ? reuse.decision() : "no speed-ups: every page is rendered");
            listener.debug("rendered " + w.rendered() + " pages, took " + w.copied() + " from the last build, at "
                    + Timing.millis(start) + " ms");
            int count = w.rendered() + w.copied() + SiteOutput.publishFiles(publisher, statics.theme(), statics.files())
                    + statics.photos().publish(publisher);
            BuildResult result = finish(request, config, problems, counts(loading, w, count, statics.photos()), start);
            if (result.published()) {
                publisher.commit();
                listener.debug("published at " + Timing.millis(start) + " ms");
                PageState state = speedUps ? reuse.state(pages.styles().rules()) : null;
                if (inPlace && speedUps) {
                    previous.put(output, state);
                }
                if (stateFile != null) {
                    PageStates.save(stateFile, state);
                    listener.debug("state saved at " + Timing.millis(start) + " ms");
                }
                listener.info(Text.of("build.wrote", count, output).in(request.language(config)));
            }
            return result;
        }
    }

    private static Written counts(Loaded loading, SiteOutput.Written w, int files, PhotoStage photos) {
        return new Written(w.pages(), new BuildResult.Counts(loading.converted(), loading.fromStore(), w.rendered(),
                w.reused(), files, photos.report().encoded(), photos.report().fromCache()));
    }

    /** What a publishable build wrote: pages planned, and the counts. */
    private record Written(int pages, BuildResult.Counts counts) {
    }

    /** The result, with strict mode applied; not published when there are errors or nothing was {@code written}. */
    static BuildResult finish(BuildRequest request, SiteConfig config, Problems problems, Written written,
                               long start) {
        boolean strict = request.strict() != null ? request.strict() : config.strict();
        List<Problem> all = problems.sorted();
        if (strict) {
            all = all.stream().map(Problem::asError).toList();
        }
        if (written == null || all.stream().anyMatch(Problem::isError)) {
            return new BuildResult(all, false, request.outputDir(), 0, 0, Timing.millis(start),
                    BuildResult.Counts.NONE, request.language(config));
        }
        return new BuildResult(all, true, request.outputDir(), written.pages(), written.counts().written(),
                Timing.millis(start), written.counts(), request.language(config));
    }

    /** True when the site has a templates folder with anything in it (see {@link SiteOutput}). */
    private static boolean ownTemplates(SiteSources sources) throws IOException {
        if (sources.templates() == null) {
            return false;
        }
        try (var files = java.nio.file.Files.walk(sources.templates())) {
            return files.anyMatch(java.nio.file.Files::isRegularFile);
        }
    }
}
