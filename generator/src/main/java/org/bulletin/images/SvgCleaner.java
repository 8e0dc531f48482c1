package org.bulletin.images;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Takes out of an SVG what could run or load something when the file is opened on its own: {@code <script>},
 * {@code <foreignObject>}, {@code <handler>}, event attributes ({@code on…}), {@code href}s to other sites,
 * {@code javascript:} or non-image {@code data:} (and every {@code <use>} of another file), animations
 * that set an {@code href}, styles that import or load from other sites, and processing instructions
 * ({@code <?xml-stylesheet?>}). An SVG with none of these is kept byte for byte; a cleaned one is written
 * again from its parsed tree, the same bytes for the same input.
 */
final class SvgCleaner {

    /** The SVG to publish and what was removed (e.g. {@code <script> (2)}), in document order. */
    record Cleaned(byte[] bytes, List<String> removed) {
    }

    private static final Pattern SAFE_DATA = Pattern.compile("data:image/(png|jpeg|gif|webp)[;,].*", Pattern.DOTALL);
    private static final Pattern REMOTE_CSS = Pattern.compile(
            "@import|url\\(\\s*['\"]?\\s*(https?:|//|javascript:|data:(?!image/(png|jpeg|gif|webp)[;,]))",
            Pattern.CASE_INSENSITIVE);

    private final Map<String, Integer> removed = new LinkedHashMap<>();

    private SvgCleaner() {
    }

    /** The SVG without active content; an SVG that is not well-formed XML is reported as damaged. */
    static Cleaned clean(byte[] svg, String reference) throws ImageException {
        Document document = parse(svg, reference);
        SvgCleaner cleaner = new SvgCleaner();
        cleaner.cleanChildren(document);
        if (cleaner.removed.isEmpty()) {
            return new Cleaned(svg, List.of());
        }
        List<String> what = new ArrayList<>();
        cleaner.removed.forEach((k, n) -> what.add(n == 1 ? k : k + " (" + n + ")"));
        document.setXmlStandalone(true); // no standalone="no" in the declaration
        return new Cleaned(serialize(document), List.copyOf(what));
    }

    private void cleanChildren(Node parent) {
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                note("<?" + child.getNodeName() + "?>");
                parent.removeChild(child);
            } else if (child instanceof Element e) {
                String why = unsafeElement(e);
                if (why != null) {
                    note(why);
                    parent.removeChild(e);
                } else {
                    cleanAttributes(e);
                    cleanChildren(e);
                }
            }
            child = next;
        }
    }

    private static String unsafeElement(Element e) {
        String name = localName(e).toLowerCase(Locale.ROOT);
        switch (name) {
            case "script", "foreignobject", "handler", "iframe", "embed", "object" -> {
                return "<" + (name.equals("foreignobject") ? "foreignObject" : name) + ">";
            }
            case "set", "animate" -> {
                String target = e.getAttribute("attributeName").toLowerCase(Locale.ROOT);
                return target.endsWith("href") || target.startsWith("on") ? "<" + name + "> of " + target : null;
            }
            case "style" -> {
                return REMOTE_CSS.matcher(e.getTextContent()).find() ? "<style> loading from elsewhere" : null;
            }
            default -> {
                return null;
            }
        }
    }

    private void cleanAttributes(Element e) {
        NamedNodeMap attributes = e.getAttributes();
        List<Attr> drop = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String name = localName(a).toLowerCase(Locale.ROOT);
            String value = a.getValue().strip().toLowerCase(Locale.ROOT);
            if (name.startsWith("on")) {
                drop.add(a);
                note(name + " attribute");
            } else if (name.equals("href") && !safeHref(value, localName(e).equals("use"))) {
                drop.add(a);
                note(a.getName() + " to " + (value.startsWith("data:") ? "data:" : value.startsWith("javascript:")
                        ? "javascript:" : localName(e).equals("use") && !remote(value) ? "another file" : "another site"));
            } else if (name.equals("style") && REMOTE_CSS.matcher(value).find()) {
                drop.add(a);
                note("style attribute loading from elsewhere");
            }
        }
        drop.forEach(e::removeAttributeNode);
    }

    private static boolean safeHref(String value, boolean use) {
        if (value.startsWith("#")) {
            return true;
        }
        if (value.startsWith("data:")) {
            return !use && SAFE_DATA.matcher(value).matches();
        }
        return !use && !remote(value) && !value.matches("^[a-z][a-z0-9+.-]*:.*");
    }

    private static boolean remote(String value) {
        return value.startsWith("//") || value.startsWith("http:") || value.startsWith("https:");
    }

    private void note(String what) {
        removed.merge(what, 1, Integer::sum);
    }

    private static String localName(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName().replaceFirst("^.*:", "");
    }

    private static Document parse(byte[] svg, String reference) throws ImageException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(svg));
        } catch (SAXException | java.io.IOException e) {
            throw new ImageException(ImageProblem.damaged(reference, "SVG is not well-formed XML: "
                    + String.valueOf(e.getMessage()).strip()));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] serialize(Document document) {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write the cleaned SVG", e);
        }
    }
}
