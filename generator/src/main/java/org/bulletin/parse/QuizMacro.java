package org.bulletin.parse;

import java.util.Map;
import java.util.function.Consumer;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.Name;

/**
 * The {@code quiz::<quiz-id>[]} block macro: leaves a placeholder that post-processing replaces with the
 * quiz itself ({@code postprocess.QuizEmbeds}). Unknown ids are reported by {@link QuizEmbedCheck}
 * once every quiz of the site is known.
 */
@Name("quiz")
public final class QuizMacro extends BlockMacroProcessor {

    /** The class of the placeholder element; its {@code data-quiz} holds the id. */
    public static final String PLACEHOLDER_CLASS = "quiz-embed";

    /** Registers the macro with an Asciidoctor instance (pass to {@code AsciidoctorSession.register}). */
    public static final Consumer<Asciidoctor> REGISTRATION =
            asciidoctor -> asciidoctor.javaExtensionRegistry().blockMacro(QuizMacro.class);

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        String id = target.strip().replaceAll("[^A-Za-z0-9_-]", "");
        return createBlock(parent, "pass", "<div class=\"" + PLACEHOLDER_CLASS + "\" data-quiz=\"" + id
                + "\"></div>");
    }
}
