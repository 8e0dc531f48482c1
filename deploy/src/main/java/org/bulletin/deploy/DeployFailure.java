package org.bulletin.deploy;

/**
 * A deploy that could not be done, with a one-line message for people (no credentials in it): the
 * storage refused the credentials, the network failed, the folder cannot be written. The cause is kept
 * for {@code --verbose}.
 */
public final class DeployFailure extends Exception {

    public DeployFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
