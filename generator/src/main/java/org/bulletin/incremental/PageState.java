package org.bulletin.incremental;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bulletin.postprocess.InlineStyleExtractor;
import org.bulletin.problem.Problem;

/**
 * What the last published build into an output folder looked like (kept in memory by the dev server,
 * and in {@code pages.txt} of the cache folder by {@link PageStates}); unmodifiable: a build makes a new
 * one ({@link ReusedPages#state}).
 *
 * @param output       the output folder
 * @param inputs       fingerprint of everything that forces a full build when it changes
 * @param skeleton     fingerprint of the site's skeleton (see {@link ReusedPages})
 * @param lists        fingerprint of what the pages other than articles and pages are made from
 * @param site         fingerprint of every input of every page (skeleton, documents, quizzes, messages)
 * @param documents    output path → fingerprint of the article or page and its neighbours
 * @param pageProblems output path → the problems post-processing reported for that page
 * @param pageStyles   output path → the classes {@link InlineStyleExtractor} gave that page
 * @param styleRules   class → declaration of every inline style rule
 * @param hashes       output path → SHA-256 of the bytes written for that page
 * @param stamps       output path → {@linkplain org.bulletin.files.FileStamp#withIdentity stamp} of the
 *                     file as written
 */
public record PageState(String output, String inputs, String skeleton, String lists, String site,
                        Map<String, String> documents, Map<String, List<Problem>> pageProblems,
                        Map<String, Set<String>> pageStyles, Map<String, String> styleRules,
                        Map<String, String> hashes, Map<String, String> stamps) {

    public PageState {
        documents = Map.copyOf(documents);
        pageProblems = Map.copyOf(pageProblems);
        pageStyles = Map.copyOf(pageStyles);
        styleRules = Map.copyOf(styleRules);
        hashes = Map.copyOf(hashes);
        stamps = Map.copyOf(stamps);
    }

    /** This state with the stamps of pages written after it was made (a rebuild in place). */
    public PageState withStamps(Map<String, String> written) {
        Map<String, String> all = new java.util.HashMap<>(stamps);
        all.putAll(written);
        return new PageState(output, inputs, skeleton, lists, site, documents, pageProblems, pageStyles,
                styleRules, hashes, all);
    }
}
