package org.bulletin.images;

import org.bulletin.parse.DocumentLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.Name;
import org.asciidoctor.extension.Treeprocessor;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * AsciiDoc galleries. {@code gallery::images/2021/[]} shows every photo of that folder of the assets
 * (sorted by file name, captions from the file names); a {@code [.gallery]} block shows the
 * {@code image::} lines it holds (captions from their alt text or title). The assets folder comes from
 * the document attribute {@value #ASSETS_ATTRIBUTE}. Photo URLs are written as Asciidoctor writes
 * {@code image::} URLs (honouring {@code imagesdir}), so the same rewriting applies to both.
 */
public final class GalleryExtension {

    /** Document attribute: absolute path of the site's assets folder, for listing gallery folders. */
    public static final String ASSETS_ATTRIBUTE = DocumentLoader.ASSETS_DIR_ATTRIBUTE;

    /** The registration to pass to {@code AsciidoctorSession.register} (one object, so it runs once). */
    public static final java.util.function.Consumer<Asciidoctor> REGISTRATION = GalleryExtension::register;

    private GalleryExtension() {
    }

    /** Registers the gallery macro and the {@code [.gallery]} block handling on this instance. */
    public static void register(Asciidoctor asciidoctor) {
        asciidoctor.javaExtensionRegistry().blockMacro(new GalleryMacro()).treeprocessor(new GalleryBlocks());
    }

    /** The files a gallery folder shows: JPEG, PNG, WebP and GIF, sorted by name; empty if none or missing. */
    public static List<String> listFolder(Path assets, String folder) {
        Path dir = assets.resolve(ImageProcessor.normalize(folder)).normalize();
        if (!dir.startsWith(assets.normalize()) || !Files.isDirectory(dir)) {
            return List.of();
        }
        String prefix = ImageProcessor.normalize(folder);
        String base = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> ImageFormat.isProcessedName(n) || n.toLowerCase(java.util.Locale.ROOT).endsWith(".gif"))
                    .sorted().map(n -> base + n).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** {@code gallery::folder/[]}. */
    @Name("gallery")
    public static final class GalleryMacro extends BlockMacroProcessor {

        @Override
        public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
            Object assets = parent.getDocument().getAttribute(ASSETS_ATTRIBUTE);
            List<String> files = assets == null ? List.of() : listFolder(imagesRoot(parent, Path.of(assets.toString())),
                    target);
            if (files.isEmpty()) {
                log(new LogRecord(Severity.ERROR, parent.getSourceLocation(), "gallery '" + target
                        + "' has no photos in the assets folder (check the folder name)"));
            }
            List<GalleryHtml.Item> items = new ArrayList<>();
            for (String file : files) {
                items.add(GalleryHtml.Item.plain(parent.imageUri(file), GalleryHtml.captionFromFileName(file)));
            }
            Object title = attributes.get("title");
            String html = GalleryHtml.render(items, title == null ? null : GalleryHtml.escape(title.toString()),
                    lang(parent));
            return createBlock(parent, "pass", html);
        }
    }

    /** Replaces the image blocks of each {@code [.gallery]} block by one gallery; other content stays. */
    public static final class GalleryBlocks extends Treeprocessor {

        @Override
        public Document process(Document document) {
            visit(document);
            return document;
        }

        private void visit(StructuralNode node) {
            List<StructuralNode> blocks = node.getBlocks();
            if (blocks == null) {
                return;
            }
            if (node.hasRole("gallery") && !"document".equals(node.getContext())) {
                convert(node, blocks);
                return;
            }
            for (StructuralNode child : new ArrayList<>(blocks)) {
                visit(child);
            }
        }

        private void convert(StructuralNode gallery, List<StructuralNode> blocks) {
            List<GalleryHtml.Item> items = new ArrayList<>();
            int first = -1;
            for (int i = 0; i < blocks.size(); i++) {
                StructuralNode child = blocks.get(i);
                if ("image".equals(child.getContext())) {
                    first = first < 0 ? i : first;
                    String target = String.valueOf(child.getAttribute("target"));
                    Object altAttribute = child.getAttribute("alt");
                    String alt = altAttribute != null ? altAttribute.toString()
                            : GalleryHtml.captionFromFileName(target);
                    String title = child.getTitle(); // already converted to HTML by Asciidoctor
                    items.add(title != null ? new GalleryHtml.Item(child.imageUri(target), title, alt)
                            : GalleryHtml.Item.plain(child.imageUri(target), alt));
                }
            }
            if (first < 0) {
                return;
            }
            String title = gallery.getTitle();
            gallery.setTitle(null);
            StructuralNode html = createBlock(gallery, "pass", GalleryHtml.render(items, title, lang(gallery)));
            int insertAt = first;
            blocks.removeIf(b -> "image".equals(b.getContext()));
            blocks.add(insertAt, html);
        }
    }

    /**
     * Where {@code gallery::} targets start: the assets folder, or its {@code imagesdir} sub-folder when the
     * document sets one inside it (so the photo URLs, which Asciidoctor prefixes with imagesdir, match).
     */
    static Path imagesRoot(StructuralNode node, Path assets) {
        Object imagesdir = node.getDocument().getAttribute("imagesdir");
        String dir = imagesdir == null ? "" : imagesdir.toString().strip();
        if (dir.isEmpty() || dir.contains(":") || dir.startsWith("/")) {
            return assets;
        }
        Path root = assets.resolve(dir).normalize();
        return root.startsWith(assets.normalize()) ? root : assets;
    }

    private static String lang(StructuralNode node) {
        Object lang = node.getDocument().getAttribute("lang");
        return lang == null ? null : lang.toString();
    }
}
