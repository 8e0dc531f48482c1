package org.bulletin.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.bulletin.config.SiteConfig;
import org.bulletin.model.Document;
import org.bulletin.model.Draft;
import org.bulletin.problem.Problems;
import org.bulletin.parse.ArticleParser;
import org.bulletin.parse.AsciidoctorSession;
import org.bulletin.parse.DocumentStore;
import org.bulletin.parse.DocumentLoader;
import org.bulletin.parse.ParsedDocument;
import org.bulletin.parse.MarkupPageParser;
import org.bulletin.parse.QuizParser;
import org.bulletin.source.ContentFormat;
import org.bulletin.source.SourceFile;

/**
 * Converts the documents a build could not take from the {@link DocumentStore}, on one thread per
 * Asciidoctor session: each worker takes the next document from a shared queue, so the results (kept by
 * index) do not depend on which worker converted what.
 */
final class Conversions {

    /**
     * One document's conversion.
     *
     * @param entry    what it became, or null when it could not be read (see {@code problems})
     * @param problems what its conversion reported
     */
    record Converted(DocumentStore.Entry entry, Problems problems) {
    }

    private Conversions() {
    }

    /**
     * Converts {@code files.get(i)} for every i in {@code todo}; the result array is indexed like
     * {@code files}.
     *
     * @param sessions one Asciidoctor session per worker thread (the first is used by the calling thread)
     */
    static Converted[] convert(List<SourceFile> files, List<Integer> todo,
                               List<Supplier<AsciidoctorSession>> sessions, SiteConfig config, Path siteDir,
                               BuildListener listener, java.util.Locale language) throws IOException {
        String stage = org.bulletin.problem.Text.of("build.stage-convert").in(language);
        Converted[] out = new Converted[files.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        List<CompletableFuture<Void>> others = new ArrayList<>();
        for (int k = 1; k < sessions.size(); k++) {
            Supplier<AsciidoctorSession> session = sessions.get(k);
            others.add(CompletableFuture.runAsync(() -> work(files, todo, session, config, siteDir, next, done, out,
                    listener, stage), r -> {
                Thread t = new Thread(r, "bulletin-convert");
                t.setDaemon(true);
                t.start();
            }));
        }
        try {
            work(files, todo, sessions.get(0), config, siteDir, next, done, out, listener, stage);
            CompletableFuture.allOf(others.toArray(CompletableFuture[]::new)).join();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return out;
    }

    private static void work(List<SourceFile> files, List<Integer> todo, Supplier<AsciidoctorSession> session,
                             SiteConfig config, Path siteDir, AtomicInteger next, AtomicInteger done,
                             Converted[] out, BuildListener listener, String stage) {
        DocumentLoader loader = new DocumentLoader(session, config, siteDir);
        ArticleParser articles = new ArticleParser(loader, config);
        QuizParser quizzes = new QuizParser(loader, config);
        MarkupPageParser markup = new MarkupPageParser(config);
        for (int t = next.getAndIncrement(); t < todo.size(); t = next.getAndIncrement()) {
            int i = todo.get(t);
            Problems own = new Problems();
            try {
                SourceFile file = files.get(i);
                DocumentStore.Entry entry = switch (ContentFormat.of(file.relative())) {
                    case ASCIIDOC -> convert(file, loader, articles, quizzes, own);
                    case MARKDOWN, HTML -> {
                        Document d = markup.parse(file, ContentFormat.of(file.relative()), own);
                        yield d == null ? null : new DocumentStore.Entry(d, own.sorted());
                    }
                };
                out[i] = new Converted(entry, own);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            listener.progress(stage, done.incrementAndGet(), todo.size());
        }
    }

    /** Converts one document; a null entry when it cannot be read. */
    private static DocumentStore.Entry convert(SourceFile file, DocumentLoader loader, ArticleParser articles,
                                                 QuizParser quizzes, Problems own) throws IOException {
        ParsedDocument doc = loader.load(file, own);
        if (doc == null) {
            return null;
        }
        if (doc.isDraft()) {
            return new DocumentStore.Entry(new Draft(doc.file().relative(), doc.title(), doc.date()), own.sorted());
        }
        Document parsed = switch (doc.type()) {
            case POST, PAGE -> articles.parse(doc, own);
            case QUIZ -> quizzes.parse(doc, own);
        };
        return new DocumentStore.Entry(parsed, own.sorted());
    }
}
