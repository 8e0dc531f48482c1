package org.bulletin.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DateTextTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void readsEveryDateFormEditorsWrite() {
        for (String s : new String[] {"2022-03-15", "2022/3/15", "2022.3.15", "2022年3月15日", "2022 年 3 月 15 日",
                "２０２２年３月１５日", " 2022-3-15 ", "2022年3月15"}) {
            assertThat(DateText.date(s)).as(s).isEqualTo(LocalDate.of(2022, 3, 15));
        }
    }

    @Test
    void readsTimesAfterTheDate() {
        assertThat(DateText.parse("2022-03-15T08:00:00+08:00").at(null, false))
                .isEqualTo(OffsetDateTime.parse("2022-03-15T08:00+08:00"));
        assertThat(DateText.parse("2022年3月15日 10:30").time()).isEqualTo(LocalTime.of(10, 30));
        assertThat(DateText.parse("2022年3月15日10：30：05").time()).isEqualTo(LocalTime.of(10, 30, 5));
        assertThat(DateText.parse("2022年3月15日 上午8点").time()).isEqualTo(LocalTime.of(8, 0));
        assertThat(DateText.parse("2022年3月15日下午3点半").time()).isEqualTo(LocalTime.of(15, 30));
        assertThat(DateText.parse("2022年3月15日 晚上8点20分").time()).isEqualTo(LocalTime.of(20, 20));
        assertThat(DateText.parse("2022/3/15 20:00").at(SHANGHAI, false))
                .isEqualTo(OffsetDateTime.parse("2022-03-15T20:00+08:00"));
        assertThat(DateText.parse("2022-03-15").at(SHANGHAI, true))
                .isEqualTo(OffsetDateTime.parse("2022-03-16T00:00+08:00"));
        assertThat(DateText.parse("2022-03-15 08:00").at(null, false)).isNull();
    }

    @Test
    void refusesWhatIsNotADate() {
        for (String s : new String[] {"", "tomorrow", "2022-13-45", "2022-02-30", "2022/03-15",
                "15.3.2022", "2022-03-15 25:00", "2022-03-15 下午13点", "2022-03-15 (周二)"}) {
            assertThat(DateText.date(s)).as(s).isNull();
        }
    }
}
