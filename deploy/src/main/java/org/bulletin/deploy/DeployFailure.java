package org.bulletin.deploy;

import org.bulletin.problem.Text;

/**
 * A deploy that could not be done, with a one-line message for people (no credentials in it): the
 * storage refused the credentials, the network failed, the folder cannot be written. The cause is kept
 * for {@code --verbose}.
 */
public final class DeployFailure extends Exception {

    private final transient Text text;

    /** The failure in the catalogue's words; {@link #getMessage()} is English. */
    public DeployFailure(Text text, Throwable cause) {
        super(text.english(), cause);
        this.text = text;
    }

    /** What went wrong, to be put into the site's language. */
    public Text text() {
        return text;
    }
}
