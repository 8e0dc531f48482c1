package org.bulletin.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.bulletin.images.GalleryExtension;
import org.bulletin.parse.AsciidoctorSession;
import org.bulletin.parse.QuizMacro;

/**
 * The Asciidoctor sessions of one generator: the main one, started in the background when a build first
 * needs it (JRuby takes seconds; a build with every document cached never starts it), and, for large
 * conversions on machines with more than one core, further sessions, each converting on its own thread.
 * All are reused by later builds until {@link #close()}.
 */
final class AsciidoctorSessions implements AutoCloseable {

    /** A further session is started for every this many documents to convert (at most one per core). */
    static final int DOCUMENTS_PER_EXTRA_SESSION = 200;

    private final BuildListener listener;
    private final int documentsPerExtraSession;
    private CompletableFuture<AsciidoctorSession> main;
    private final List<CompletableFuture<AsciidoctorSession>> extra = new ArrayList<>();

    /** @param documentsPerExtraSession see {@link #forConverting} (tests lower it to convert small sites in parallel) */
    AsciidoctorSessions(BuildListener listener, int documentsPerExtraSession) {
        this.listener = listener;
        this.documentsPerExtraSession = documentsPerExtraSession;
    }

    /** Starts the main session in the background, once; returns it. */
    synchronized CompletableFuture<AsciidoctorSession> start() {
        if (main == null) {
            listener.debug("starting Asciidoctor");
            main = startInBackground();
        }
        return main;
    }

    /** True when the main session has started (or failed to): converting needs no wait for JRuby. */
    synchronized boolean ready() {
        return main != null && main.isDone();
    }

    /** The main session, waiting for it to start (and starting it if no one has). */
    AsciidoctorSession main() {
        return start().join();
    }

    /**
     * The sessions to convert {@code misses} documents with, one per worker thread: the main one, plus one
     * per core, at most one per {@value #DOCUMENTS_PER_EXTRA_SESSION} documents, since another JRuby
     * runtime costs a few seconds of CPU to start (and about 30 MB). The JVM system property
     * {@code bulletin.convert.sessions} caps the number; 1 converts on one thread.
     */
    synchronized List<Supplier<AsciidoctorSession>> forConverting(int misses) {
        int cores = Runtime.getRuntime().availableProcessors();
        int cap = Integer.getInteger("bulletin.convert.sessions", cores);
        int wanted = Math.max(1, Math.min(Math.min(cores, cap), 1 + misses / documentsPerExtraSession));
        start();
        while (extra.size() < wanted - 1) {
            listener.debug("starting another Asciidoctor");
            extra.add(startInBackground());
        }
        List<Supplier<AsciidoctorSession>> list = new ArrayList<>();
        list.add(this::main);
        for (int k = 0; k < wanted - 1; k++) {
            CompletableFuture<AsciidoctorSession> session = extra.get(k);
            list.add(session::join);
        }
        return list;
    }

    private static CompletableFuture<AsciidoctorSession> startInBackground() {
        return CompletableFuture.supplyAsync(AsciidoctorSessions::startAsciidoctor, r -> {
            Thread t = new Thread(r, "bulletin-asciidoctor-start");
            t.setDaemon(true);
            t.start();
        });
    }

    /**
     * Starts Asciidoctor with the extensions every conversion needs. Register extensions here (not when
     * loading a site): a build whose documents are all cached must not start JRuby.
     */
    private static AsciidoctorSession startAsciidoctor() {
        AsciidoctorSession started = AsciidoctorSession.start();
        started.register(QuizMacro.REGISTRATION);
        started.register(GalleryExtension.REGISTRATION);
        return started;
    }

    @Override
    public synchronized void close() {
        if (main != null) {
            main.thenAccept(AsciidoctorSession::close);
        }
        extra.forEach(s -> s.thenAccept(AsciidoctorSession::close));
    }
}
