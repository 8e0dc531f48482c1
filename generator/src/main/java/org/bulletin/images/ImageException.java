package org.bulletin.images;

/** A photo that cannot be published; the message completes "image 'x.jpg' …" and says how to fix it. */
final class ImageException extends Exception {

    ImageException(String message) {
        super(message, null, false, false);
    }
}
