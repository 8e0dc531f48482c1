package org.bulletin.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * The slow tier: the robustness suite, tests that kill or signal child processes, and test classes
 * that take more than about 20 seconds. A plain {@code mvn verify} leaves it out; {@code -Pall} (what
 * CI runs) or {@code -Dgroups=slow} runs it.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("slow")
public @interface SlowTest {
}
