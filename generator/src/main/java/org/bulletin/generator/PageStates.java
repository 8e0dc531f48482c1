package org.bulletin.generator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Keeps what a published build rendered ({@link SiteOutput.Previous}: the fingerprint of each page's
 * inputs and the hash of the bytes written for it) in {@code pages.json} of the cache folder, so the next
 * build in a new process renders only pages whose inputs changed and takes the others from the output
 * folder, each checked against its stored stamp or hash first. A missing, damaged or foreign file counts as no
 * state at all (everything is rendered).
 */
final class PageStates {

    /** Bump when the file's format or the meaning of a fingerprint changes. */
    static final String FORMAT = "bulletin-page-state-2";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private record Stored(String format, SiteOutput.Previous state) {
    }

    private PageStates() {
    }

    /** The state stored in {@code file}, or null when there is none that can be used. */
    static SiteOutput.Previous load(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Stored s = JSON.readValue(file.toFile(), Stored.class);
            SiteOutput.Previous p = s.state();
            if (!FORMAT.equals(s.format()) || p == null || p.inputs() == null || p.skeleton() == null
                    || p.lists() == null || p.stamps() == null || p.site() == null || p.documents() == null || p.pageProblems() == null
                    || p.pageStyles() == null || p.styleRules() == null || p.hashes() == null) {
                return null;
            }
            return p;
        } catch (IOException | RuntimeException damaged) {
            return null;
        }
    }

    /** Stores {@code state} (best effort: a state that cannot be written only makes the next build slower). */
    static void save(Path file, SiteOutput.Previous state) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "pages-", ".tmp");
            JSON.writeValue(tmp.toFile(), new Stored(FORMAT, state));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            delete(file);
        }
    }

    /** Removes a stored state (before a build that will not write one). */
    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale state is still checked page by page
        }
    }
}
