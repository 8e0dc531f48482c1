package org.bulletin.images;

import org.bulletin.problem.Text;

/** A photo that cannot be published: what is wrong and how to fix it, in the catalogue's words. */
final class ImageException extends Exception {

    private final transient Text text;

    ImageException(Text text) {
        super(text.english(), null, false, false);
        this.text = text;
    }

    Text text() {
        return text;
    }
}
