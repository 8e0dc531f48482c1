package org.bulletin.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.bulletin.config.SiteConfig;
import org.bulletin.model.Document;
import org.bulletin.model.Draft;
import org.bulletin.model.Page;
import org.bulletin.model.Quiz;
import org.bulletin.parse.AsciidoctorSession;
import org.bulletin.parse.DocumentLoader;
import org.bulletin.parse.DocumentStore;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;
import org.bulletin.source.SiteSources;
import org.bulletin.source.SourceFile;
import org.bulletin.source.SourceTexts;

/**
 * Convert: every document of the scan as a converted {@link Document}. Documents come from the
 * {@link DocumentStore} when it has them; the others are converted ({@link Conversions}) on the
 * generator's {@link AsciidoctorSessions}, started at once when nothing can come from the store.
 */
final class ConvertStage {

    /**
     * The converted documents.
     *
     * @param scanned   what the scan found (its problems now hold the conversions' too)
     * @param pages     published articles and pages, in scan order
     * @param quizzes   published quizzes, in scan order
     * @param texts     source text of every document, by site-relative path (read when asked)
     * @param keys      the store's key of every published document that has one, by site-relative path
     * @param photos    the photos being encoded ahead for the photo stage
     * @param converted how many documents were converted
     * @param fromStore how many came from the store
     */
    record Converted(ScanStage.Scanned scanned, List<Page> pages, List<Quiz> quizzes, SourceTexts texts,
                     Map<String, String> keys, PhotoPrefetch photos, int converted, int fromStore) {
    }

    private final BuildListener listener;
    private final String identity;
    private final AsciidoctorSessions sessions;

    /** @param identity the generator's identity (part of every document's key) */
    ConvertStage(BuildListener listener, String identity, AsciidoctorSessions sessions) {
        this.listener = listener;
        this.identity = identity;
        this.sessions = sessions;
    }

    /**
     * Called before the scan, so that both overlap with it: starts JRuby when nothing can come from the
     * store, and has the store decode what it holds on another core.
     */
    void prepare(DocumentStore store) {
        if (store.empty()) {
            sessions.start();
        }
        store.preload();
    }

    /**
     * @param prefetchPhotos true when a photo stage follows: if JRuby is still starting when the documents
     *                       to convert are known, the photos they name are encoded meanwhile
     */
    Converted convert(ScanStage.Scanned scanned, DocumentStore store, boolean prefetchPhotos) throws IOException {
        long start = System.nanoTime();
        BuildRequest request = scanned.request();
        Path siteDir = request.siteDir();
        SiteConfig config = scanned.config();
        SiteSources sources = scanned.sources();
        Problems problems = scanned.problems();
        List<SourceFile> files = sources.documents();
        // gallery:: lists asset folders, so the asset list (paths and sizes) is part of every key
        StringBuilder assetList = new StringBuilder(identity);
        for (SourceFile a : sources.assets()) {
            assetList.append('\n').append(a.relative()).append(' ').append(a.path().toFile().length());
        }
        DocumentStore.Read[] reads = store.read(files, new DocumentStore.Inputs(assetList.toString(),
                DocumentLoader.attributes(config, siteDir), config.properties(), siteDir));
        String[] keys = new String[files.size()];
        SourceTexts texts = new SourceTexts();
        DocumentStore.Entry[] entries = new DocumentStore.Entry[files.size()];
        for (int i = 0; i < files.size(); i++) {
            keys[i] = reads[i].key();
            if (reads[i].readable()) { // else not published: the loader reports it
                texts.add(files.get(i), reads[i].text());
            }
            entries[i] = reads[i].entry();
        }
        listener.debug("read " + files.size() + " documents and cache entries in " + Timing.millis(start) + " ms");
        List<Integer> todo = IntStream.range(0, files.size()).filter(i -> entries[i] == null).boxed().toList();
        int misses = todo.size();
        PhotoPrefetch photos = prefetchPhotos && misses > 0 && !sessions.ready()
                ? PhotoPrefetch.start(request, config, PhotoStage.roots(request, config, sources),
                        files.stream().map(SourceFile::relative).toList(), texts, listener)
                : PhotoPrefetch.NONE;
        // a failed load leaves it to finish on its own: it is a daemon and writes only complete cache entries
        List<Supplier<AsciidoctorSession>> converters = misses == 0 ? List.of()
                : sessions.forConverting(misses);
        listener.info((misses < files.size()
                ? Text.of("build.converting-cached", misses, files.size(), files.size() - misses)
                : Text.of("build.converting", misses, files.size())).in(request.language(config)));
        List<Page> documents = new ArrayList<>();
        List<Quiz> quizzes = new ArrayList<>();
        Map<String, String> documentKeys = new HashMap<>();
        Set<String> used = new HashSet<>();
        Conversions.Converted[] converted = misses == 0 ? null
                : Conversions.convert(files, todo, converters, config, siteDir, listener,
                        request.language(config));
        for (int i = 0; i < files.size(); i++) {
            SourceFile file = files.get(i);
            DocumentStore.Entry entry = entries[i];
            if (entry == null) {
                entry = converted[i].entry();
                if (entry == null) {
                    problems.addAll(converted[i].problems().sorted());
                    continue;
                }
                store.put(keys[i], entry);
            }
            used.add(keys[i]);
            problems.addAll(entry.problems());
            boolean published = entry.document().match(new Document.Cases<Boolean>() {
                @Override
                public Boolean page(Page page) {
                    return documents.add(page);
                }

                @Override
                public Boolean quiz(Quiz quiz) {
                    return quizzes.add(quiz);
                }

                @Override
                public Boolean draft(Draft draft) {
                    return false; // checked, never published
                }
            });
            if (published && keys[i] != null) {
                documentKeys.put(file.relative(), keys[i]);
            }
        }
        store.prune(used);
        listener.debug("converted " + misses + " documents in " + Timing.millis(start) + " ms");
        return new Converted(scanned, documents, quizzes, texts, documentKeys, photos, misses, files.size() - misses);
    }
}
