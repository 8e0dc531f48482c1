package org.bulletin.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AdmissionTest {

    @Test
    void refusesAtOnceWhenTurnsAndQueueAreFull() throws Exception {
        Admission admission = new Admission(1, 1);
        assertThat(admission.enter(0)).isTrue();
        CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(() -> {
            try {
                return admission.enter(5_000);
            } catch (InterruptedException e) {
                return false;
            }
        });
        Thread.sleep(200); // the waiter holds the one place in the queue
        long start = System.nanoTime();
        assertThat(admission.enter(5_000)).isFalse();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1_000);

        admission.leave();
        assertThat(waiter.get(5, TimeUnit.SECONDS)).isTrue();
        admission.leave();
        assertThat(admission.enter(0)).isTrue();
    }

    @Test
    void givesUpAfterTheWait() throws Exception {
        Admission admission = new Admission(1, 4);
        assertThat(admission.enter(0)).isTrue();
        assertThat(admission.enter(100)).isFalse();
    }
}
