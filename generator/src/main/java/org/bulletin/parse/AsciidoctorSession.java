package org.bulletin.parse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;

/**
 * The one Asciidoctor (JRuby) instance of a build or a serve session. Starting JRuby costs seconds,
 * so it is created once, shared by every parser, and closed at the end. Asciidoctor's log messages
 * are routed to whoever is converting at the moment.
 */
public final class AsciidoctorSession implements AutoCloseable {

    /**
     * AsciidoctorJ also copies every message to this java.util.logging logger, which prints them on
     * stderr with Ruby file names; every message already becomes a {@code path:line:} problem, so the
     * copy is switched off (a strong reference keeps the setting).
     */
    private static final java.util.logging.Logger JUL_COPY = java.util.logging.Logger.getLogger("asciidoctor");

    private final Asciidoctor asciidoctor;
    private final List<Consumer<Asciidoctor>> extensions = new ArrayList<>();
    private final ThreadLocal<Consumer<LogRecord>> listener = new ThreadLocal<>();

    private AsciidoctorSession(Asciidoctor asciidoctor) {
        this.asciidoctor = asciidoctor;
        asciidoctor.registerLogHandler(new Router());
    }

    /**
     * Bulletin's changes to Asciidoctor's HTML converter: STEM as readable text, inline SVGs marked for
     * the page step that finds and cleans them (see the file).
     */
    private static final String CONVERTER = "/org/bulletin/parse/bulletin_html5.rb";

    /** Starts JRuby and Asciidoctor: the slow part of every build. */
    public static AsciidoctorSession start() {
        JUL_COPY.setLevel(java.util.logging.Level.OFF);
        Asciidoctor asciidoctor = Asciidoctor.Factory.create();
        try (java.io.InputStream converter = AsciidoctorSession.class.getResourceAsStream(CONVERTER)) {
            asciidoctor.rubyExtensionRegistry().loadClass(java.util.Objects.requireNonNull(converter, CONVERTER));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new AsciidoctorSession(asciidoctor);
    }

    public Asciidoctor asciidoctor() {
        return asciidoctor;
    }

    /** Registers an extension once (e.g. the quiz or gallery block macro). */
    public synchronized void register(Consumer<Asciidoctor> registration) {
        if (!extensions.contains(registration)) {
            extensions.add(registration);
            registration.accept(asciidoctor);
        }
    }

    /** Runs work with Asciidoctor's log records sent to {@code sink}. */
    public <T> T withLog(Consumer<LogRecord> sink, java.util.function.Supplier<T> work) {
        listener.set(sink);
        try {
            return work.get();
        } finally {
            listener.remove();
        }
    }

    @Override
    public void close() {
        asciidoctor.close();
    }

    /** A helper for messages: the path of {@code file} relative to the site, or the name alone. */
    static String display(Path siteDir, String file) {
        if (file == null || file.isBlank() || "<stdin>".equals(file)) {
            return null;
        }
        Path p = Path.of(file);
        if (p.isAbsolute() && p.startsWith(siteDir)) {
            return siteDir.relativize(p).toString().replace('\\', '/');
        }
        return file;
    }

    private final class Router implements LogHandler {
        @Override
        public void log(LogRecord logRecord) {
            Consumer<LogRecord> sink = listener.get();
            if (sink != null) {
                sink.accept(logRecord);
            }
        }
    }
}
