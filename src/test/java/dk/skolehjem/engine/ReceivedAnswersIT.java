package dk.skolehjem.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.SkoleHjemIT;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Answers the database took first and the engine completes after: one left behind by a node that stopped (its worker
 * never ran) is completed by any node's sweep, on the person's behalf; one whose task closed meanwhile (the deadline)
 * is undone: the booked time is free again and the reason is kept, never a silent loss.
 */
@SkoleHjemIT
class ReceivedAnswersIT {

    @Autowired
    ReceivedAnswers received;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAnswerLeftByAStoppedNodeIsCompletedByTheSweep_onceAndOnThePersonsBehalf() {
        var task = tasks.newTask("left-" + UUID.randomUUID());
        task.setName("Efterladt svar");
        tasks.saveTask(task);
        receivedLongAgo(task.getId(), "{\"goingWell\":\"Læsning\",\"count\":3}", null);
        assertThat(received.waiting()).isPositive();

        received.sweep();
        received.sweep();

        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
        var done =
                history.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult();
        assertThat(done.getEndTime()).isNotNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.received_answer where task_id = ? and completed_at is not null "
                                + "and answers = '{}'",
                        Integer.class,
                        task.getId()))
                .as("marked completed, and the family's answers kept only in the process")
                .isEqualTo(1);
        assertThat(history.createUserOperationLogQuery()
                        .taskId(task.getId())
                        .operationType("Complete")
                        .list())
                .as("completed as the person, not as an administrator")
                .extracting(org.camunda.bpm.engine.history.UserOperationLogEntry::getUserId)
                .containsOnly("p-mor");
    }

    @Test
    void anAnswerWhoseTaskClosedMeanwhileIsUndone_theTimeIsFreeAgain_andTheReasonKept() {
        String round = UUID.randomUUID().toString();
        String slot = UUID.randomUUID().toString();
        String school = jdbc.queryForObject("select min(id) from app.school", String.class);
        jdbc.update(
                "insert into app.conference_round (id, school_id, class_code, school_year, format, place, "
                        + "booking_deadline, created_by, created_at, kind, families_per_time) values "
                        + "(?, ?, '9.Q', '2099/00', 'individuel', 'Klassen', ?, 'test', current_timestamp, "
                        + "'CONFERENCE', 1)",
                round,
                school,
                java.sql.Date.valueOf("2099-01-01"));
        jdbc.update(
                "insert into app.conference_slot (id, round_id, starts_at, minutes, seat, booked_student, booked_by, "
                        + "booked_at) values (?, ?, ?, 20, 0, 'elev-q', 'forælder-q', current_timestamp)",
                slot,
                round,
                Timestamp.valueOf(LocalDateTime.of(2099, 1, 5, 14, 0)));
        String gone = "gone-" + UUID.randomUUID();
        receivedLongAgo(gone, "{\"slot\":\"" + slot + "\"}", "slot|" + round + "|elev-q|" + slot);

        received.sweep();

        assertThat(jdbc.queryForObject(
                        "select booked_student from app.conference_slot where id = ?", String.class, slot))
                .as("the time is free for another family")
                .isNull();
        assertThat(jdbc.queryForObject("select problem from app.received_answer where task_id = ?", String.class, gone))
                .contains("Opgaven var lukket");
        assertThat(received.received(gone)).as("no longer shown as received").isEmpty();
        assertThat(received.waiting(java.util.List.of(gone))).isEmpty();
    }

    private void receivedLongAgo(String taskId, String answers, String decision) {
        jdbc.update(
                "insert into app.received_answer (task_id, person_id, person_groups, answers, decision, received_at) "
                        + "values (?, 'p-mor', 'guardians', ?, ?, ?)",
                taskId,
                answers,
                decision,
                Timestamp.from(Instant.parse("2000-01-01T08:00:00Z")));
    }
}
