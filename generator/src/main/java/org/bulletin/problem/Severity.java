package org.bulletin.problem;

/** How bad a {@link Problem} is. Warnings become errors under {@code --strict}. */
public enum Severity {
    ERROR,
    WARNING
}
