package dk.skolehjem.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.SkoleHjemIT;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Leadership's Monday message for the demo school: the open concern by level and age, the week's due and missed
 * promises by class, sent to each leader through the outbox; no child's name in it.
 */
@SkoleHjemIT
class LeadershipDigestIT {

    @Autowired
    LeadershipDigest digest;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachLeaderGetsTheWeekInCountsAndClasses_neverAChildsName() {
        LocalDate today = LocalDate.now();
        List<String> lines = digest.lines("demo", today);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Åbne bekymringer: niveau"));
        assertThat(lines).allSatisfy(l -> assertThat(l).doesNotContain("null"));

        int before = jdbc.queryForObject(
                "select count(*) from app.notification where kind = 'LEADERSHIP_DIGEST' and recipient = 'leder'",
                Integer.class);
        assertThat(digest.send("demo", today))
                .as("the demo school's one leader")
                .isEqualTo(1);
        List<Map<String, Object>> sent =
                jdbc.queryForList("select subject, body, link from app.notification where kind = 'LEADERSHIP_DIGEST' "
                        + "and recipient = 'leder' order by id desc");
        assertThat(sent).hasSize(before + 1);
        String body = (String) sent.get(0).get("body");
        assertThat((String) sent.get(0).get("subject")).startsWith("Ugens overblik, uge ");
        assertThat(sent.get(0).get("link")).isEqualTo("/overblik");
        assertThat(body).contains("Åbne bekymringer");
        jdbc.queryForList("select name from app.student", String.class)
                .forEach(name -> assertThat(body).as("no child is named").doesNotContain(name));
    }

    @Test
    void aClassPastTheSchoolsOwnDateIsNamedBeforeThePromiseIsBroken() {
        var year = dk.skolehjem.calendar.SchoolYear.of(LocalDate.now());
        LocalDate midNovember = year.date(java.time.MonthDay.of(11, 15));
        assertThat(digest.lines("demo", midNovember))
                .as("Smørum's practice says 31 October; the principle only 'en gang årligt'")
                .contains("Over skolens egen frist og ikke gjort: 5.A: Forældremøde holdt (frist "
                        + dk.skolehjem.calendar.DanishDates.day(year.date(java.time.MonthDay.of(10, 31)))
                        + ", skolens praksis)");
        assertThat(digest.lines("demo", year.date(java.time.MonthDay.of(10, 28))))
                .as("within the warning's school days before the school's own date")
                .anySatisfy(l -> assertThat(l).startsWith("Snart forfalden og ikke gjort: 5.A: Forældremøde holdt"));
    }
}
