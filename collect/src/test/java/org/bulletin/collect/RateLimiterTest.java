package org.bulletin.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void parsesLimitsAndExplainsBadOnes() {
        assertThat(RateLimit.parse("30/min")).isEqualTo(new RateLimit(30, Duration.ofMinutes(1)));
        assertThat(RateLimit.parse("5/s")).isEqualTo(new RateLimit(5, Duration.ofSeconds(1)));
        assertThat(RateLimit.parse("2000/hour").toString()).isEqualTo("2000/h");
        assertThat(RateLimit.parse("off").unlimited()).isTrue();
        assertThatThrownBy(() -> RateLimit.parse("30 per minute"))
                .hasMessage("invalid rate limit '30 per minute': write it like 120/min, 10/s or 2000/h, or off");
    }

    @Test
    void allowsBurstThenRefillsEvenlyPerAddress() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter(RateLimit.parse("3/min"), now::get);
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isEqualTo(20);
        assertThat(limiter.acquire("b")).isZero();
        now.addAndGet(Duration.ofSeconds(20).toNanos());
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isPositive();
    }
}
