package org.bulletin.testing;

import org.bulletin.generator.BuildListener;
import org.bulletin.generator.SiteGenerator;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a {@link SiteGenerator} whose Asciidoctor (JRuby) is started once per test JVM and
 * closed at the end: JRuby takes seconds to start, so test classes share it.
 */
public final class SharedGenerator implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
        return p.getParameter().getType() == SiteGenerator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
        return c.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedGenerator.class, k -> new Holder(), Holder.class).generator;
    }

    private static final class Holder implements AutoCloseable {
        final SiteGenerator generator = new SiteGenerator(BuildListener.SILENT);

        @Override
        public void close() {
            generator.close();
        }
    }
}
