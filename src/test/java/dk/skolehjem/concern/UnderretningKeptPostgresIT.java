package dk.skolehjem.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skolehjem.SkoleHjemIT;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL itself keeps an underretning (L5): no update, no delete, whoever asks, until the case's retention time
 * is over; then the cleanup may delete it.
 */
@SkoleHjemIT
class UnderretningKeptPostgresIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConcernCases cases;

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnUnderretning_untilTheRetentionTimeIsOver() {
        String id = "underretning-kept-" + System.nanoTime();
        cases.open(id, "demo", "e5a05", "5.A", "laerer", "TEAM", "trivsel", "lav");
        long underretning = cases.recordUnderretning(id, LocalDate.now(), "Lærer Larsen", "KOM-1", "laerer");
        assertThatThrownBy(() ->
                        jdbc.update("update app.underretning set reference = 'ændret' where id = ?", underretning))
                .hasMessageContaining("kan ikke ændres");
        assertThatThrownBy(() -> jdbc.update("delete from app.underretning where id = ?", underretning))
                .hasMessageContaining("opbevaringstid");
        assertThat(cases.underretninger(id))
                .extracting(ConcernCases.Underretning::reference)
                .containsExactly("KOM-1");

        jdbc.update(
                "update app.concern_case set closed_at = current_timestamp, retain_until = current_date - 1 "
                        + "where process_instance_id = ?",
                id);
        assertThat(jdbc.update("delete from app.underretning where id = ?", underretning))
                .isEqualTo(1);
        jdbc.update("delete from app.concern_level_change where process_instance_id = ?", id);
        jdbc.update("delete from app.concern_case where process_instance_id = ?", id);
    }
}
