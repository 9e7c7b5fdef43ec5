package dk.skolehjem.parents;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.Http;
import dk.skolehjem.SkoleHjemIT;
import dk.skolehjem.TestSchools;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.conference.RoundPublishingAccess;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.roster.RosterImportService;
import dk.skolehjem.schoolyear.SchoolYearRollout;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Mine bookinger" over HTTP at Fjerde Skole's 4.D: the guardian sees the booked conference with the answers they
 * gave, changes it (the old slot is free, the new one theirs) and cancels it (the slot is free and the booking task
 * is back on the page); another family's guardian gets 404 for it, and after the deadline a change is a Danish 409
 * that changes nothing.
 */
@SkoleHjemIT
class BookingChangeIT {

    private static final Pattern REF = Pattern.compile("/foraeldre/bookinger/([^/]+)/skift");
    private static final Pattern TIME = Pattern.compile("name=\"tid\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    RosterImportService roster;

    @Autowired
    SchoolYearRollout rollout;

    @Autowired
    IdentityService identity;

    @Autowired
    PolicyRegistry policies;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcTemplate jdbc;

    private String year;

    @BeforeEach
    void roundPublished() {
        TestSchools.ensure(
                roster,
                rollout,
                identity,
                "fjerde",
                List.of("fjerde-leder", "fjerde-laerer", "f-foraelder1", "f-foraelder2"));
        year = SchoolYear.of(LocalDate.now()).toString();
        if (runtime.createProcessInstanceQuery()
                        .processDefinitionKey("conference")
                        .processInstanceBusinessKey(year + ":fjerde:4.D:f-e1")
                        .count()
                == 0) {
            RoundPublishingAccess.publish(runtime, tasks, policies, "fjerde", "Fjerde Skole", "4.D", "standard");
        }
        // the round's booking period, as RoundPublishing has it: 1 October, with the deadline two weeks ahead
        ClockUtil.setCurrentTime(java.util.Date.from(LocalDate.of(Integer.parseInt(year.substring(0, 4)), 10, 1)
                .atTime(9, 0)
                .atZone(dk.skolehjem.calendar.DanishDates.ZONE)
                .toInstant()));
    }

    /**
     * Real time again only after both tests: back in real time the job executor would end the other family's booking
     * period (its deadline timer) before the next test books.
     */
    @AfterAll
    static void realTime() {
        ClockUtil.reset();
    }

    @Test
    void theGuardianSeesChangesAndCancelsTheBooking_anotherFamilyCannot() {
        Http family = Http.family(port, "f-foraelder1");
        book(family, "f-e1", "Hvordan hun har det med de nye i klassen");
        String page = family.get("/foraeldre").body();
        assertThat(page)
                .contains(
                        "Mine bookinger",
                        "Skole-hjem-samtale",
                        "Klasseteamet 4.D",
                        "Klasselokalet 4.D",
                        "Hvad vil I gerne tale om?",
                        "Hvordan hun har det med de nye i klassen",
                        "Skift tid",
                        "Aflys");
        String ref = match(REF, page);
        String old = bookedSlot("f-e1");

        Http other = Http.as(port, "f-foraelder2");
        assertThat(other.get("/foraeldre").body()).doesNotContain(ref, "Hvordan hun har det");
        assertThat(other.get("/foraeldre/bookinger/" + ref + "/skift").status()).isEqualTo(404);
        assertThat(other.postForm("/foraeldre/bookinger/" + ref + "/skift", Map.of("tid", old))
                        .status())
                .isEqualTo(404);
        assertThat(other.postForm("/foraeldre/bookinger/" + ref + "/aflys", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(bookedSlot("f-e1")).as("nothing changed by the other family").isEqualTo(old);

        Http.Answer form = family.get("/foraeldre/bookinger/" + ref + "/skift");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Vælg en ny tid", "type=\"radio\"", "name=\"_csrf\"");
        String next = match(TIME, form.body());
        assertThat(family.postForm("/foraeldre/bookinger/" + ref + "/skift", Map.of())
                        .status())
                .as("no time chosen")
                .isEqualTo(400);
        Http.Answer changed = family.postForm("/foraeldre/bookinger/" + ref + "/skift", Map.of("tid", next));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body()).contains("Tiden er ændret", "kalenderinvitation", "er nu ");
        assertThat(bookedSlot("f-e1")).isEqualTo(next);
        assertThat(bookedBy(old)).as("the old slot is free at once").isNull();

        Http.Answer confirm = family.get("/foraeldre/bookinger/" + ref + "/aflys");
        assertThat(confirm.body()).contains("Vil I aflyse skole-hjem-samtalen for Frida Fjeld");
        Http.Answer cancelled = family.postForm("/foraeldre/bookinger/" + ref + "/aflys", Map.of());
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body()).contains("Samtalen er aflyst", "Opgaver til dig");
        assertThat(bookedBy(next)).isNull();
        String after = family.get("/foraeldre").body();
        assertThat(after)
                .contains("Book samtaletid og forbered samtalen")
                .doesNotContain("/foraeldre/bookinger/" + ref);
    }

    @Test
    void afterTheDeadline_aChangeIsRefusedInDanishAndNothingChanges() {
        Http family = Http.family(port, "f-foraelder2");
        book(family, "f-e2", "Matematik");
        String ref = match(REF, family.get("/foraeldre").body());
        String booked = bookedSlot("f-e2");
        String free =
                match(TIME, family.get("/foraeldre/bookinger/" + ref + "/skift").body());
        String round =
                jdbc.queryForObject("select round_id from app.conference_slot where id = ?", String.class, booked);
        jdbc.update(
                "update app.conference_round set booking_deadline = ? where id = ?",
                java.sql.Date.valueOf(LocalDate.of(Integer.parseInt(year.substring(0, 4)), 9, 30)),
                round);

        Http.Answer refused = family.postForm("/foraeldre/bookinger/" + ref + "/skift", Map.of("tid", free));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("Fristen for at ændre tiden var 30. september", "Kontakt klasseteamet");
        assertThat(family.postForm("/foraeldre/bookinger/" + ref + "/aflys", Map.of())
                        .status())
                .isEqualTo(409);
        assertThat(bookedSlot("f-e2")).isEqualTo(booked);
        assertThat(bookedBy(free)).isNull();
        assertThat(family.get("/foraeldre").body())
                .contains("Fristen for at ændre tiden er overskredet")
                .doesNotContain("/foraeldre/bookinger/" + ref + "/skift");
    }

    /** The family books the first free time on Mit barn, with one answer. */
    private void book(Http family, String student, String talkAbout) {
        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(year + ":fjerde:4.D:" + student)
                .taskDefinitionKey("bookConference")
                .singleResult();
        String slot = ((org.camunda.spin.json.SpinJsonNode) tasks.getVariableLocal(task.getId(), "availableSlots"))
                .elements()
                .get(0)
                .prop("value")
                .stringValue();
        Http.Answer done = family.answer(task.getId(), Map.of("slot", slot, "wantToTalkAbout", talkAbout));
        assertThat(done.status()).as(done.body()).isEqualTo(302);
        dk.skolehjem.EngineCatchUp.await(jdbc);
    }

    private String bookedSlot(String student) {
        return jdbc
                .queryForList(
                        "select s.id from app.conference_slot s join app.conference_round r on r.id = s.round_id "
                                + "where r.school_id = 'fjerde' and s.booked_student = ?",
                        String.class,
                        student)
                .stream()
                .findFirst()
                .orElse(null);
    }

    private String bookedBy(String slot) {
        return jdbc.queryForObject("select booked_student from app.conference_slot where id = ?", String.class, slot);
    }

    private static String match(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        assertThat(m.find()).as("%s in the page", pattern).isTrue();
        return m.group(1);
    }
}
