package org.bulletin.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Nu checker's dependency exclusions hold: no Jetty server, no Jetty 12, no log4j 1.2. */
class ValidatorClasspathTest {

    @Test
    void keepsJettyServerJetty12AndLog4jOneOffTheClasspath() {
        assertThat(present("org.eclipse.jetty.server.Server")).as("Jetty server").isFalse();
        assertThat(present("org.eclipse.jetty.client.api.Response")).as("Jetty 11 client API (gone in 12)").isTrue();
        assertThat(present("org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP")).as("Jetty 12 client").isFalse();
        assertThat(present("org.apache.log4j.net.SocketServer")).as("log4j 1.2 itself").isFalse();
        assertThat(present("org.apache.log4j.Logger")).as("log4j-over-slf4j").isTrue();
    }

    private static boolean present(String name) {
        try {
            Class.forName(name, false, ValidatorClasspathTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
