package org.bulletin.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The description of the configuration that goes into the inputs fingerprint. */
class InputsFingerprintTest {

    record Inner(String a, int b) {
    }

    record Outer(String name, Inner inner, java.util.List<String> list, Object none) {
    }

    @Test
    void describesARecordAsItsToStringWould() {
        Outer o = new Outer("x", new Inner("y", 2), java.util.List.of("p", "q"), null);
        assertThat(InputsFingerprint.describe(o)).isEqualTo(o.toString())
                .isEqualTo("Outer[name=x, inner=Inner[a=y, b=2], list=[p, q], none=null]");
    }
}
