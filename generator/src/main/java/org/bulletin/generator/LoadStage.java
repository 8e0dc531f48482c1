package org.bulletin.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.bulletin.config.ConfigLoader;
import org.bulletin.config.SiteConfig;
import org.bulletin.model.Document;
import org.bulletin.model.Draft;
import org.bulletin.model.Message;
import org.bulletin.model.Page;
import org.bulletin.model.Quiz;
import org.bulletin.model.Site;
import org.bulletin.model.SiteBuilder;
import org.bulletin.parse.AsciidoctorSession;
import org.bulletin.parse.DocumentLoader;
import org.bulletin.parse.DocumentStore;
import org.bulletin.parse.MessagesCsvParser;
import org.bulletin.parse.QuizEmbedCheck;
import org.bulletin.parse.QuizParser;
import org.bulletin.problem.Problems;
import org.bulletin.source.SiteScanner;
import org.bulletin.source.SiteSources;
import org.bulletin.source.SourceFile;
import org.bulletin.source.SourceTexts;

/**
 * Scan, convert and model: the site folder read into a {@link SiteGenerator.LoadedSite}. Documents come
 * from the {@link DocumentStore} when it has them; the others are converted ({@link Conversions}) on the
 * generator's {@link AsciidoctorSessions}, started at once when nothing can come from the store.
 */
final class LoadStage {

    private final BuildListener listener;
    private final String identity;
    private final AsciidoctorSessions sessions;

    /** @param identity the generator's identity (part of every document's key) */
    LoadStage(BuildListener listener, String identity, AsciidoctorSessions sessions) {
        this.listener = listener;
        this.identity = identity;
        this.sessions = sessions;
    }

    /**
     * @param prefetchPhotos true when a photo stage follows: if JRuby is still starting when the documents
     *                       to convert are known, the photos they name are encoded meanwhile
     */
    Loaded load(BuildRequest request, DocumentStore store, boolean prefetchPhotos) throws IOException {
        long start = System.nanoTime();
        Problems problems = new Problems();
        Path siteDir = request.siteDir();
        if (!java.nio.file.Files.isDirectory(siteDir)) {
            throw new java.nio.file.NoSuchFileException(siteDir.toString(), null, "the site folder does not exist");
        }
        if (store.empty()) {
            sessions.start(); // nothing can come from the store: start JRuby now, while the site is read
        }
        store.preload();
        Scanned scanned = scan(request, problems, start);
        SiteConfig config = scanned.config();
        SiteSources sources = scanned.sources();

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
        listener.debug("read " + files.size() + " documents and cache entries at " + millis(start) + " ms");
        List<Integer> todo = IntStream.range(0, files.size()).filter(i -> entries[i] == null).boxed().toList();
        int misses = todo.size();
        PhotoPrefetch photos = prefetchPhotos && misses > 0 && !sessions.ready()
                ? PhotoPrefetch.start(request, config, PhotoStage.roots(request, config, sources),
                        files.stream().map(SourceFile::relative).toList(), texts, listener)
                : PhotoPrefetch.NONE;
        // a failed load leaves it to finish on its own: it is a daemon and writes only complete cache entries
        List<java.util.function.Supplier<AsciidoctorSession>> converters = misses == 0 ? List.of()
                : sessions.forConverting(misses);
        listener.info("Converting " + misses + " of " + files.size() + " documents"
                + (misses < files.size() ? " (" + (files.size() - misses) + " unchanged, from the cache)" : ""));
        List<Page> documents = new ArrayList<>();
        List<Quiz> quizzes = new ArrayList<>();
        Map<String, String> documentKeys = new HashMap<>();
        Set<String> used = new HashSet<>();
        Conversions.Converted[] converted = misses == 0 ? null
                : Conversions.convert(files, todo, converters, config, siteDir, listener);
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
        listener.debug("converted " + misses + " documents at " + millis(start) + " ms");
        Site site = model(scanned, documents, quizzes, texts, problems);
        return new Loaded(new SiteGenerator.LoadedSite(config, sources, site, texts, problems, documentKeys), photos,
                misses, files.size() - misses);
    }

    /** The configuration and what the scan found. */
    private record Scanned(SiteConfig config, SiteSources sources) {
    }

    private Scanned scan(BuildRequest request, Problems problems, long start) throws IOException {
        SiteConfig config = ConfigLoader.load(request.siteDir(), request.overrides(), problems);
        listener.debug("configuration read at " + millis(start) + " ms");
        SiteSources sources = SiteScanner.scan(request.siteDir(), config, problems);
        listener.debug("scanned " + sources.documents().size() + " documents at " + millis(start) + " ms");
        return new Scanned(config, sources);
    }

    /** The model of the converted documents and the messages, after the checks across documents. */
    private static Site model(Scanned scanned, List<Page> documents, List<Quiz> quizzes, SourceTexts texts,
                              Problems problems) throws IOException {
        SiteConfig config = scanned.config();
        checkUniqueUris(documents, problems);
        List<Message> messages = MessagesCsvParser.parse(scanned.sources().siteDir(), config.folders().data(), problems);
        QuizParser.checkUniqueIds(quizzes, problems);
        Set<String> quizIds = new java.util.TreeSet<>();
        quizzes.forEach(q -> quizIds.add(q.id()));
        for (Page p : documents) {
            QuizEmbedCheck.check(p, () -> texts.get(p.source()), quizIds, problems);
        }
        List<Document> all = new ArrayList<>(documents);
        all.addAll(quizzes);
        return SiteBuilder.build(config, all, messages);
    }

    private static void checkUniqueUris(List<Page> documents, Problems problems) {
        Map<String, Page> seen = new HashMap<>();
        for (Page p : documents) {
            Page other = seen.putIfAbsent(p.uri(), p);
            if (other != null) {
                problems.error(p.source(), 1, "this file and " + other.source() + " would both be published as "
                        + p.uri() + ": rename one of them");
            }
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
