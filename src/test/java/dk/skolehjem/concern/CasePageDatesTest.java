package dk.skolehjem.concern;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CasePageDatesTest {

    @Test
    void aCaseIsShownInTheSchoolsTime_whateverZoneTheServerRunsIn() {
        var dates = new ConcernController.Dates();
        assertThat(dates.of(Timestamp.from(Instant.parse("2026-12-04T22:21:00Z"))))
                .isEqualTo("4. december 2026 kl. 23.21");
        assertThat(dates.of(Timestamp.from(Instant.parse("2026-07-31T22:30:00Z"))))
                .as("summer time, past midnight in Denmark")
                .isEqualTo("1. august 2026 kl. 00.30");
        assertThat(dates.of((Timestamp) null)).isEmpty();
    }
}
