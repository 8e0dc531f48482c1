package org.bulletin.render;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.bulletin.model.Site;
import org.bulletin.postprocess.InlineStyleExtractor;
import org.bulletin.problem.Problem;
import org.bulletin.publish.PageSink;
import org.bulletin.render.SiteRenderer.Planned;
import org.bulletin.source.SourceTexts;

/**
 * Which planned pages a build can take from the last output instead of rendering them, and what it
 * rendered for the next build to decide by; or {@link #NONE}, which renders every page. The render
 * step calls {@link #decide} once, then for each page {@link #unchanged}, and {@link #keep} or
 * {@link #take} for an unchanged one, {@link #rendered} for every other; from several threads.
 */
public interface PageReuse {

    /**
     * Decides for every page of {@code plan} whether its inputs are those of the last build.
     *
     * @param texts the source text of every document, by site-relative path
     * @param keys  the store key of every published document that has one, by site-relative path
     */
    void decide(List<Planned> plan, Site site, SourceTexts texts, Map<String, String> keys);

    /** True when page {@code index} of the plan had the same inputs in the last build. */
    boolean unchanged(int index);

    /** True when unchanged pages stay where they are (a rebuild in place) without being published again. */
    boolean inPlace();

    /** Takes the unchanged page at {@code path} as it is; returns the problems its last rendering reported. */
    List<Problem> keep(String path, InlineStyleExtractor styles);

    /**
     * Publishes the last build's file of an unchanged page through {@code sink} when it is still the file
     * that build wrote; returns the problems its rendering reported, or null when it is not (then it is
     * rendered).
     */
    List<Problem> take(String path, PageSink sink, InlineStyleExtractor styles) throws IOException;

    /** Records a page rendered and written ({@code stamp} null when it is not written yet). */
    void rendered(String path, List<Problem> problems, String html, byte[] bytes, String stamp);

    /** Every page rendered. */
    PageReuse NONE = new PageReuse() {
        @Override
        public void decide(List<Planned> plan, Site site, SourceTexts texts, Map<String, String> keys) {
        }

        @Override
        public boolean unchanged(int index) {
            return false;
        }

        @Override
        public boolean inPlace() {
            return false;
        }

        @Override
        public List<Problem> keep(String path, InlineStyleExtractor styles) {
            throw new IllegalStateException("no page is unchanged");
        }

        @Override
        public List<Problem> take(String path, PageSink sink, InlineStyleExtractor styles) {
            return null;
        }

        @Override
        public void rendered(String path, List<Problem> problems, String html, byte[] bytes, String stamp) {
        }
    };
}
