package org.bulletin.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.bulletin.model.Document;
import org.bulletin.problem.Problem;
import org.bulletin.source.SourceFile;
import org.bulletin.text.TextFiles;

/**
 * Where the convert stage reads documents and finds their converted entries from earlier builds, and
 * stores the entries it converted: a cache kept in the build's cache folder, or {@link #NONE} (every
 * document read and converted).
 */
public interface DocumentStore {

    /**
     * One converted document.
     *
     * @param document the article, page, quiz or draft
     * @param problems the problems its conversion reported
     */
    record Entry(Document document, List<Problem> problems) {
        public Entry {
            java.util.Objects.requireNonNull(document, "document");
            problems = List.copyOf(problems);
        }
    }

    /**
     * What every document's conversion depends on besides its own bytes.
     *
     * @param generator  the generator's identity and the site's asset list
     * @param attributes the Asciidoctor attributes every document is converted with
     * @param config     every configuration key of the site, overrides included
     * @param siteDir    the site folder
     */
    record Inputs(String generator, Map<String, Object> attributes, Map<String, String> config, Path siteDir) {
    }

    /**
     * One document as read for a build.
     *
     * @param readable false when the file cannot be read or is not UTF-8 (the loader reports it)
     * @param text     the text, or null when it was not read (it is read when asked)
     * @param key      what the store knows the document by, or null when it is never stored
     * @param entry    its stored entry, or null when it must be converted
     */
    record Read(boolean readable, String text, String key, Entry entry) {
    }

    /** True when nothing can come from the store, so conversion will be needed at once. */
    boolean empty();

    /** Starts reading stored entries in the background, while the site is scanned. */
    void preload();

    /** Reads every document (in parallel) and finds its stored entry; the result is in the order of {@code files}. */
    Read[] read(List<SourceFile> files, Inputs inputs);

    /** Stores a converted entry (a store that cannot be written is only slower). */
    void put(String key, Entry entry);

    /** Forgets every entry whose key is not in {@code used}. */
    void prune(Set<String> used);

    /** No store: every document is read and converted, nothing is kept. */
    DocumentStore NONE = new DocumentStore() {
        @Override
        public boolean empty() {
            return true;
        }

        @Override
        public void preload() {
        }

        @Override
        public Read[] read(List<SourceFile> files, Inputs inputs) {
            Read[] reads = new Read[files.size()];
            IntStream.range(0, files.size()).parallel().forEach(i -> {
                try {
                    reads[i] = new Read(true, TextFiles.decode(Files.readAllBytes(files.get(i).path())), null, null);
                } catch (IOException e) {
                    reads[i] = new Read(false, null, null, null);
                }
            });
            return reads;
        }

        @Override
        public void put(String key, Entry entry) {
        }

        @Override
        public void prune(Set<String> used) {
        }
    };
}
