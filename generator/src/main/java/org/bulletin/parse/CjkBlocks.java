package org.bulletin.parse;

import java.util.List;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.DescriptionList;
import org.asciidoctor.ast.DescriptionListEntry;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.bulletin.text.CjkText;

/**
 * Rewrites a loaded document before it is converted so Chinese text renders as written: in paragraphs
 * (and admonition paragraphs) and list items, line breaks between CJK characters are removed, and
 * constrained emphasis beside CJK characters is made unconstrained ({@link CjkText}); section titles get
 * the emphasis rule. Verbatim blocks (listing, literal, verse, passthrough) and tables are never
 * touched; source locations are kept, so problems keep their lines.
 */
final class CjkBlocks {

    private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile("[=#]{2,6}[ \\t]+(.+?)[ \\t]*");

    private static final java.util.regex.Pattern DOCUMENT_TITLE = java.util.regex.Pattern.compile("[=#][ \\t]+(.+?)[ \\t]*");

    private CjkBlocks() {
    }

    /** Rewrites {@code document} in place when its source has any CJK character. */
    static void apply(Document document, String source) {
        if (!CjkText.containsCjk(source)) {
            return;
        }
        boolean hardbreaks = document.hasAttribute("hardbreaks-option") || document.hasAttribute("hardbreaks");
        String[] lines = source.split("\n", -1);
        int titleLine = org.bulletin.text.SourceLines.titleLine(source);
        java.util.regex.Matcher title = DOCUMENT_TITLE.matcher(titleLine >= 1 && titleLine <= lines.length
                ? lines[titleLine - 1] : "");
        if (title.matches()) {
            String rewritten = CjkText.constrainedToUnconstrained(title.group(1));
            if (!rewritten.equals(title.group(1))) {
                document.setTitle(rewritten);
            }
        }
        walk(document.getBlocks(), hardbreaks, lines);
    }

    private static void walk(List<StructuralNode> blocks, boolean hardbreaks, String[] source) {
        for (StructuralNode node : blocks) {
            if (node instanceof Section section) {
                String title = raw(section, source);
                if (title != null) {
                    String rewritten = CjkText.constrainedToUnconstrained(title);
                    if (!rewritten.equals(title)) {
                        section.setTitle(rewritten);
                    }
                }
                walk(section.getBlocks(), hardbreaks, source);
            } else if (node instanceof Block block) {
                if ("simple".equals(block.getContentModel())) {
                    paragraph(block, hardbreaks || block.isOption("hardbreaks"));
                } else if ("compound".equals(block.getContentModel())) {
                    walk(block.getBlocks(), hardbreaks, source);
                }
            } else if (node instanceof DescriptionList list) {
                for (DescriptionListEntry entry : list.getItems()) {
                    if (entry.getDescription() != null) {
                        item(entry.getDescription(), hardbreaks, source);
                    }
                }
            } else if (node instanceof org.asciidoctor.ast.List list) {
                for (StructuralNode item : list.getItems()) {
                    if (item instanceof ListItem li) {
                        item(li, hardbreaks, source);
                    }
                }
            } else if (!"table".equals(node.getContext())) {
                walk(node.getBlocks(), hardbreaks, source);
            }
        }
    }

    private static void paragraph(Block block, boolean hardbreaks) {
        List<String> lines = block.getLines();
        List<String> joined = hardbreaks ? lines : CjkText.joinLines(lines);
        List<String> out = joined.stream().map(CjkText::constrainedToUnconstrained).toList();
        if (!out.equals(lines)) {
            block.setLines(new java.util.ArrayList<>(out));
        }
    }

    private static void item(ListItem item, boolean hardbreaks, String[] source) {
        String text = item.getSource();
        if (text != null && !text.isEmpty()) {
            List<String> lines = List.of(text.split("\n", -1));
            List<String> joined = hardbreaks ? lines : CjkText.joinLines(lines);
            String out = String.join("\n", joined.stream().map(CjkText::constrainedToUnconstrained).toList());
            if (!out.equals(text)) {
                item.setSource(out);
            }
        }
        walk(item.getBlocks(), hardbreaks, source);
    }

    /** The section title as written, from its source line (AsciidoctorJ's {@code getTitle} converts it). */
    private static String raw(Section section, String[] source) {
        org.asciidoctor.ast.Cursor at = section.getSourceLocation();
        if (at == null || at.getLineNumber() < 1 || at.getLineNumber() > source.length) {
            return null;
        }
        java.util.regex.Matcher m = TITLE.matcher(source[at.getLineNumber() - 1]);
        return m.matches() ? m.group(1) : null;
    }
}
