package org.bulletin.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.bulletin.generator.BuildListener;
import org.bulletin.problem.Severity;
import org.bulletin.problem.Text;
import org.jsoup.nodes.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * HTML validity with the Nu HTML Checker (the W3C validator's engine), run in-process on every page.
 * Its errors are errors, its warnings warnings; informational notes are dropped. Each message names the
 * line of the published page and, for content, the AsciiDoc file.
 *
 * <p>Cost: the first page pays for loading the HTML schema (about a second), then each page takes a
 * fraction of a second (see docs/content/editors/check.md).
 */
final class HtmlValidityCheck implements Check {

    /** Stack of the validating thread (reserved address space, committed only as used). */
    private static final long STACK_BYTES = 256L << 20;

    /** The schema the Nu checker's command line uses for HTML: HTML + SVG + MathML + RDFa. */
    static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final BuildListener listener;
    private long millis;

    HtmlValidityCheck(BuildListener listener) {
        this.listener = listener;
    }

    @Override
    public String name() {
        return "html";
    }

    long millis() {
        return millis;
    }

    /**
     * Compiling the schema's deeply nested RELAX NG patterns needs more stack than an ordinary thread
     * has (a Maven build's main thread overflows), so validation runs on its own thread with a large
     * stack; the caller waits for it.
     */
    @Override
    public void run(OutputSite site, Findings findings) throws IOException {
        java.util.concurrent.FutureTask<Void> task = new java.util.concurrent.FutureTask<>(() -> {
            validate(site, findings);
            return null;
        });
        new Thread(null, task, "nu-html-checker", STACK_BYTES).start();
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while validating HTML", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    private void validate(OutputSite site, Findings findings) throws IOException {
        long start = System.nanoTime();
        Collector collector = new Collector();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
        try {
            validator.setUpMainSchema(SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, true, false);
        } catch (Exception e) {
            throw new IOException(Text.of("check.validator-failed", e.getMessage()).in(site.language()), e);
        }
        long setup = System.nanoTime();
        listener.debug("  Nu HTML Checker ready in " + (setup - start) / 1_000_000 + " ms");
        int done = 0;
        for (CheckedPage page : site.pages()) {
            collector.messages.clear();
            InputSource in = new InputSource(new ByteArrayInputStream(page.html().getBytes(StandardCharsets.UTF_8)));
            in.setEncoding("UTF-8");
            in.setSystemId(page.path());
            try {
                validator.checkHtmlInputSource(in);
            } catch (SAXException e) {
                // a fatal parse error: already reported to the collector
            }
            for (Message m : collector.messages) {
                if (AccessibilityCheck.reportsHeadingSkip(m.text())) {
                    continue;
                }
                Element at = elementAt(page, m.line());
                String needle = at == null ? null : needle(at);
                findings.add(page, m.line(), at != null && page.fromContent(at), m.severity(),
                        Text.of("check.html", m.text()), needle);
            }
            listener.progress("validate", ++done, site.pages().size());
        }
        millis = (System.nanoTime() - start) / 1_000_000;
        if (done > 0) {
            listener.debug(String.format(java.util.Locale.ROOT, "  Nu HTML Checker: %.2f s a page after setup",
                    (System.nanoTime() - setup) / 1e9 / done));
        }
    }

    /** The element of the page that starts on this line (the validator reports the end of a start tag). */
    private static Element elementAt(CheckedPage page, int line) {
        Element best = null;
        for (Element e : page.doc().getAllElements()) {
            int l = CheckedPage.line(e);
            if (l == line) {
                return e;
            }
            if (l > 0 && l < line) {
                best = e;
            }
        }
        return best;
    }

    private static String needle(Element e) {
        if (!e.id().isEmpty() && !e.id().startsWith("_")) {
            return e.id(); // an explicit [[id]]; Asciidoctor's own ids (_title) are not in the source
        }
        for (String attr : new String[] {"src", "href"}) {
            if (e.hasAttr(attr)) {
                return LinkCheck.needle(e.attr(attr));
            }
        }
        String text = e.ownText().strip();
        return text.length() > 20 ? text.substring(0, 20) : text;
    }

    private record Message(Severity severity, int line, String text) {
    }

    /** Collects the validator's messages for the page at hand. */
    private static final class Collector implements ErrorHandler {
        final List<Message> messages = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            messages.add(new Message(Severity.WARNING, Math.max(e.getLineNumber(), 0), text(e)));
        }

        @Override
        public void error(SAXParseException e) {
            messages.add(new Message(Severity.ERROR, Math.max(e.getLineNumber(), 0), text(e)));
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }

        private static String text(SAXParseException e) {
            String m = e.getMessage() == null ? e.toString() : e.getMessage();
            return m.replace('\u201c', '"').replace('\u201d', '"');
        }
    }
}
