package org.bulletin.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bulletin.files.FileStamp;
import org.bulletin.model.Page;
import org.bulletin.model.Site;
import org.bulletin.postprocess.InlineStyleExtractor;
import org.bulletin.problem.Problem;
import org.bulletin.publish.PageSink;
import org.bulletin.render.PageReuse;
import org.bulletin.render.SiteRenderer.Planned;
import org.bulletin.source.SourceTexts;
import org.bulletin.text.Sha256;

/**
 * Page reuse against the {@link PageState} of the last build: an article's page is rendered again when
 * the article or the site's skeleton (every document's path, title, date, tags and type; the quizzes;
 * the messages) changed. Every other page (home, archive, tags, feed, sitemap, quiz pages, printables,
 * the message wall) is rendered again when the skeleton or a summary changed: the default templates show
 * nothing else of a document there. A site with templates of its own may show anything anywhere: there
 * an article's page also depends on its neighbours' content, and any change of a document renders every
 * page that is not an article or page again. Anything else (configuration, templates, assets, the set of
 * published files: the {@linkplain InputsFingerprint inputs}) means every page is rendered.
 *
 * <p>A page that needs no rendering is taken from the last output after a check that the file is the
 * one the last build wrote: its {@linkplain FileStamp#withIdentity stamp} as recorded then, or failing
 * that, the SHA-256 of its bytes.
 */
public final class ReusedPages implements PageReuse {

    private final PageState previous;
    private final Path output;
    private final String inputs;
    private final boolean ownTemplates;
    private final boolean inPlace;
    private final Map<String, String> documents = new HashMap<>();
    private final Map<String, List<Problem>> pageProblems = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> pageStyles = new ConcurrentHashMap<>();
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    private final Map<String, String> stamps = new ConcurrentHashMap<>();
    private boolean[] unchanged;
    private String skeleton;
    private String lists;
    private String siteFingerprint;
    private String decision;

    /**
     * @param previous     the last build's state, or null (every page is rendered)
     * @param output       the output folder
     * @param inputs       this build's {@linkplain InputsFingerprint inputs fingerprint}
     * @param ownTemplates true when the site has templates of its own (see class comment)
     * @param inPlace      true when unchanged pages stay where they are (see {@link #inPlace()})
     */
    public ReusedPages(PageState previous, Path output, String inputs, boolean ownTemplates, boolean inPlace) {
        this.previous = previous;
        this.output = output;
        this.inputs = inputs;
        this.ownTemplates = ownTemplates;
        this.inPlace = inPlace;
    }

    @Override
    public void decide(List<Planned> plan, Site site, SourceTexts texts, Map<String, String> keys) {
        Map<Page, String> prints = PageFingerprints.of(site, texts, keys);
        skeleton = Sha256.hex(PageFingerprints.skeleton(site));
        siteFingerprint = PageFingerprints.site(skeleton, site, prints);
        lists = ownTemplates ? siteFingerprint : PageFingerprints.lists(skeleton, site);
        boolean incremental = previous != null && previous.output().equals(output.toString())
                && previous.inputs().equals(inputs);
        boolean sameSkeleton = incremental && previous.skeleton().equals(skeleton);
        boolean sameSite = incremental && previous.site().equals(siteFingerprint);
        boolean sameLists = incremental && previous.lists().equals(lists);
        decision = previous == null ? "no state of the last build: every page is rendered"
                : !incremental ? "the last build had other inputs (configuration, templates, assets or files): every page is rendered"
                : sameSite ? "no page input changed since the last build"
                : sameLists ? "documents changed, the site's skeleton and summaries did not"
                : sameSkeleton ? "documents changed, the site's skeleton did not"
                : "the site's skeleton changed: every page is rendered";
        unchanged = new boolean[plan.size()];
        for (int i = 0; i < plan.size(); i++) {
            Planned p = plan.get(i);
            String ownInputs = null;
            if (p.document() != null) {
                Page d = p.document();
                // the default templates show a neighbour's title and link, which are in the skeleton
                ownInputs = ownTemplates
                        ? prints.get(d) + ',' + prints.get(site.newer(d).orElse(null)) + ','
                                + prints.get(site.older(d).orElse(null))
                        : prints.get(d) + ',' + site.newer(d).map(Page::source).orElse("") + ','
                                + site.older(d).map(Page::source).orElse("");
                documents.put(p.path(), ownInputs);
            }
            unchanged[i] = (sameSite || (p.document() == null ? sameLists
                    : sameSkeleton && ownInputs.equals(previous.documents().get(p.path()))))
                    && reusable(p.path());
        }
    }

    /** Why pages are rendered or not, for the log. */
    public String decision() {
        return decision;
    }

    @Override
    public boolean unchanged(int index) {
        return unchanged[index];
    }

    @Override
    public boolean inPlace() {
        return inPlace;
    }

    /** True when the last state holds everything needed to keep the page at {@code path} without rendering it. */
    private boolean reusable(String path) {
        if (!previous.pageProblems().containsKey(path) || !previous.hashes().containsKey(path)) {
            return false;
        }
        Set<String> classes = previous.pageStyles().get(path);
        return classes != null && previous.styleRules().keySet().containsAll(classes);
    }

    @Override
    public List<Problem> keep(String path, InlineStyleExtractor styles) {
        List<Problem> problems = previous.pageProblems().get(path);
        pageProblems.put(path, problems);
        Set<String> classes = previous.pageStyles().get(path);
        pageStyles.put(path, classes);
        hashes.put(path, previous.hashes().get(path));
        classes.forEach(c -> styles.keep(c, previous.styleRules().get(c)));
        if (inPlace) {
            String stamp = previous.stamps().get(path);
            if (stamp != null) {
                stamps.put(path, stamp);
            }
        }
        return problems;
    }

    @Override
    public List<Problem> take(String path, PageSink sink, InlineStyleExtractor styles) throws IOException {
        Path file = output.resolve(path).normalize();
        if (!file.startsWith(output)) {
            return null;
        }
        String stamp = FileStamp.identityText(file);
        if (stamp == null) {
            return null;
        }
        if (stamp.equals(previous.stamps().get(path))) {
            stamps.put(path, sink.keep(file, path, stamp));
            return keep(path, styles);
        }
        byte[] old;
        try {
            old = Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
        if (!Sha256.hex(old).equals(previous.hashes().get(path))) {
            return null;
        }
        String written = sink.write(path, old);
        if (written != null) {
            stamps.put(path, written);
        }
        return keep(path, styles);
    }

    @Override
    public void rendered(String path, List<Problem> problems, String html, byte[] bytes, String stamp) {
        pageProblems.put(path, problems);
        pageStyles.put(path, styleClasses(html));
        hashes.put(path, Sha256.hex(bytes));
        if (stamp != null) {
            stamps.put(path, stamp);
        }
    }

    /** What this build rendered and kept, for the next one; {@code styleRules} are the stylesheet's rules. */
    public PageState state(Map<String, String> styleRules) {
        return new PageState(output.toString(), inputs, skeleton, lists, siteFingerprint, documents, pageProblems,
                pageStyles, styleRules, hashes, stamps);
    }

    /**
     * The inline-style classes a finished page uses: every {@code bs-} and eight hexadecimal digits standing
     * as a word of its own (a plain scan: the regular expression with Unicode word boundaries took longer
     * than rendering the page).
     */
    static Set<String> styleClasses(String html) {
        Set<String> found = new java.util.TreeSet<>();
        for (int i = html.indexOf("bs-"); i >= 0; i = html.indexOf("bs-", i + 3)) {
            int end = i + 11;
            if (end > html.length()) {
                break;
            }
            if (i > 0 && isWordChar(html.charAt(i - 1)) || end < html.length() && isWordChar(html.charAt(end))) {
                continue;
            }
            boolean hex = true;
            for (int j = i + 3; j < end && hex; j++) {
                char c = html.charAt(j);
                hex = c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
            }
            if (hex) {
                found.add(html.substring(i, end));
            }
        }
        return found;
    }

    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
