package org.bulletin.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * The browser tier: a test class that starts Chromium (through {@link Browser}, Selenium or axe-core).
 * A plain {@code mvn verify} leaves it out; {@code -Pall} (what CI runs) or {@code -Dgroups=browser}
 * runs it.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
public @interface BrowserTest {
}
