package org.bulletin.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The manual's Maven goals page, {@code docs/content/reference/maven-goals.md}, generated from the plugin
 * descriptor that maven-plugin-plugin writes from the mojos' annotations and Javadoc
 * ({@code target/classes/META-INF/maven/plugin.xml}). The page is committed; this test regenerates it in
 * memory and fails when it differs, or writes it with {@code -Dbulletin.docs.write=true}.
 */
class MavenGoalsDocsTest {

    private static final Path PAGE = Path.of("..", "docs", "content", "reference", "maven-goals.md");
    private static final String WRITE = "mvn -o -q -pl maven-plugin -am test -Dtest=MavenGoalsDocsTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dbulletin.docs.write=true";

    @Test
    void mavenGoalsPageIsCurrent() throws Exception {
        Document plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("target", "classes", "META-INF", "maven", "plugin.xml").toFile());
        StringBuilder md = new StringBuilder("title=Maven goals\ntype=page\nstatus=published\n"
                + "description=Every goal of bulletin-maven-plugin and its parameters.\n~~~~~~\n\n"
                + "<!-- generated from the plugin descriptor by maven-plugin's MavenGoalsDocsTest: edit the mojos'"
                + " Javadoc, then run\n     " + WRITE + " -->\n\n");
        md.append("`org.bulletin:bulletin-maven-plugin`, prefix `").append(text(plugin.getDocumentElement(),
                "goalPrefix")).append("`: ").append(escape(text(plugin.getDocumentElement(), "description")))
                .append(". Java ").append(text(plugin.getDocumentElement(), "requiredJavaVersion"))
                .append("+, Maven ").append(text(plugin.getDocumentElement(), "requiredMavenVersion"))
                .append("+. See [Use with Maven](../site-builders/maven.html) for how the goals fit together.\n");
        NodeList mojos = plugin.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = text(mojo, "goal");
            md.append("\n## bulletin:").append(goal).append("\n\n");
            String phase = text(mojo, "phase");
            if (!phase.isEmpty()) {
                md.append("Default phase: `").append(phase).append("`.\n\n");
            }
            md.append(paragraphs(text(mojo, "description"))).append("\n");
            Map<String, String[]> configuration = configuration(mojo);
            StringBuilder rows = new StringBuilder();
            NodeList parameters = ((Element) mojo.getElementsByTagName("parameters").item(0))
                    .getElementsByTagName("parameter");
            for (int j = 0; j < parameters.getLength(); j++) {
                Element p = (Element) parameters.item(j);
                if (!"true".equals(text(p, "editable"))) {
                    continue; // Maven's own values (the project, the session), not settings
                }
                String name = text(p, "name");
                String[] conf = configuration.getOrDefault(name, new String[] {"", ""});
                String property = conf[0].startsWith("${") ? "`" + conf[0].substring(2, conf[0].length() - 1) + "`"
                        : "";
                String fallback = conf[1].isEmpty() ? "" : "`" + conf[1] + "`";
                rows.append("| `").append(name).append("` | ").append(property).append(" | ").append(fallback)
                        .append(" | ").append(escape(text(p, "description")).replace("\n", " ").replace("|", "\\|"))
                        .append(" |\n");
            }
            if (!rows.isEmpty()) {
                md.append("\n| parameter | property | default | meaning |\n| --- | --- | --- | --- |\n").append(rows);
            }
        }
        String expected = md.toString().replaceAll("(?m)[ \\t]+$", "");
        if (Boolean.getBoolean("bulletin.docs.write")) {
            Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
        }
        String committed = Files.isRegularFile(PAGE) ? Files.readString(PAGE, StandardCharsets.UTF_8) : "";
        assertThat(committed).as("docs/content/reference/maven-goals.md is out of date: run `" + WRITE + "`")
                .isEqualTo(expected);
    }

    /** Parameter name → {property expression, default value}. */
    private static Map<String, String[]> configuration(Element mojo) {
        Map<String, String[]> map = new HashMap<>();
        NodeList config = mojo.getElementsByTagName("configuration");
        if (config.getLength() == 0) {
            return map;
        }
        for (Node n = config.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                map.put(e.getTagName(), new String[] {e.getTextContent().strip(), e.getAttribute("default-value")});
            }
        }
        return map;
    }

    private static String text(Element parent, String child) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(child)) {
                return e.getTextContent().strip();
            }
        }
        return "";
    }

    private static String paragraphs(String description) {
        StringBuilder out = new StringBuilder();
        for (String para : description.split("\\n\\s*\\n")) {
            if (!para.isBlank()) {
                out.append(escape(para.strip().replaceAll("\\s*\\n\\s*", " "))).append("\n\n");
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    /** Descriptor text is plain: keep Markdown from reading its * _ < [ ` as markup. */
    private static String escape(String plain) {
        return plain.replaceAll("([\\\\*_<\\[`])", "\\\\$1");
    }
}
