package dk.skolehjem.conference;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.calendar.SchoolCalendar;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.engine.FormInput;
import dk.skolehjem.policy.ConferenceFormat;
import dk.skolehjem.policy.SchoolPolicy;
import dk.skolehjem.roster.ClassYearKey;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Conference rounds and their slots: checks a round against the school's principle, makes the slots on school days,
 * and books a slot so that exactly one family gets it however many press at once (the database decides).
 */
@Service
class ConferenceRounds {

    private static final DateTimeFormatter LABEL_TIME = DateTimeFormatter.ofPattern("HH.mm");

    private final NamedParameterJdbcTemplate jdbc;

    ConferenceRounds(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The most families one group talk or subject café is for. */
    static final int MAX_FAMILIES = 8;

    /** What a round is for: the autumn conferences or the learning conversations. */
    enum Kind {
        CONFERENCE("samtalerne"),
        LEARNING("læringssamtalerne");

        private final String danish;

        Kind(String danish) {
            this.danish = danish;
        }

        static Kind of(Object variable) {
            return variable == null ? CONFERENCE : valueOf(variable.toString());
        }
    }

    /** Every problem with a plan, in Danish; empty when the round can be published for {@code students} students. */
    static List<String> problems(RoundPlan p, SchoolPolicy policy, SchoolYear year, LocalDate today, int students) {
        return problems(p, policy, year, today, students, Kind.CONFERENCE);
    }

    static List<String> problems(
            RoundPlan p, SchoolPolicy policy, SchoolYear year, LocalDate today, int students, Kind kind) {
        List<String> problems = new ArrayList<>();
        SchoolPolicy.Window window = kind == Kind.LEARNING
                ? policy.learningConversation().window()
                : policy.conference().window();
        LocalDate from = year.date(window.from());
        LocalDate to = year.date(window.to());
        if (p.lastDay().isBefore(p.firstDay())) {
            problems.add("Sidste dag ligger før første dag.");
        }
        if (p.firstDay().isBefore(today)) {
            problems.add("Første dag er overskredet.");
        }
        if (p.firstDay().isBefore(from) || p.lastDay().isAfter(to)) {
            problems.add("Skolens princip lægger " + kind.danish + " mellem " + DanishDates.day(from) + " og "
                    + DanishDates.day(to) + ".");
        }
        if (!p.dailyEnd().isAfter(p.dailyStart())) {
            problems.add("Sluttidspunktet skal ligge efter starttidspunktet.");
        }
        if (ConferenceFormat.of(p.format()).isEmpty()
                || (kind == Kind.CONFERENCE && !policy.conference().formats().contains(p.format()))) {
            problems.add("Formen '" + p.format() + "' er ikke en af skolens: "
                    + policy.conference().formats() + ".");
        }
        if (p.bookingDeadline().isBefore(today) || !p.bookingDeadline().isBefore(p.firstDay())) {
            problems.add("Fristen for booking skal ligge fra i dag og før første samtaledag.");
        }
        boolean individual = ConferenceFormat.INDIVIDUEL.value().equals(p.format());
        if (individual && p.familiesPerTime() != 1) {
            problems.add("En individuel samtale er for én familie ad gangen.");
        } else if (!individual && (p.familiesPerTime() < 2 || p.familiesPerTime() > MAX_FAMILIES)) {
            problems.add("En gruppesamtale eller fagcafé skal have plads til 2-" + MAX_FAMILIES
                    + " familier pr. tid, ikke " + p.familiesPerTime() + ".");
        }
        int places = times(p, policy.calendar(year)).size() * Math.max(1, p.familiesPerTime());
        if (problems.isEmpty() && places < students) {
            problems.add(
                    individual
                            ? "Der er " + places + " tider til " + students
                                    + " elever; tilføj dage eller gør tiderne kortere."
                            : "Der er " + places + " pladser til " + students
                                    + " elever; tilføj dage, gør tiderne kortere eller giv plads til flere familier"
                                    + " pr. tid.");
        }
        return problems;
    }

    /** The slot start times: school days from first to last day, back to back within the daily hours. */
    static List<LocalDateTime> times(RoundPlan p, SchoolCalendar calendar) {
        List<LocalDateTime> times = new ArrayList<>();
        for (LocalDate day = p.firstDay(); !day.isAfter(p.lastDay()); day = day.plusDays(1)) {
            if (!calendar.isSchoolDay(day)) {
                continue;
            }
            for (var t = p.dailyStart();
                    !t.plusMinutes(p.slotMinutes()).isAfter(p.dailyEnd())
                            && t.plusMinutes(p.slotMinutes()).isAfter(t);
                    t = t.plusMinutes(p.slotMinutes())) {
                times.add(day.atTime(t));
            }
        }
        return times;
    }

    String create(
            RoundPlan p,
            SchoolCalendar calendar,
            String schoolId,
            String classCode,
            String year,
            String processInstanceId,
            String createdBy,
            Kind kind) {
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "insert into app.conference_round (id, school_id, class_code, school_year, format, place, "
                        + "booking_deadline, process_instance_id, created_by, created_at, kind, families_per_time) "
                        + "values (:id, :s, :c, :y, :f, :p, :d, :pi, :by, current_timestamp, :kind, :n)",
                new MapSqlParameterSource()
                        .addValue("id", id)
                        .addValue("n", Math.max(1, p.familiesPerTime()))
                        .addValue("s", schoolId)
                        .addValue("kind", kind.name())
                        .addValue("c", classCode)
                        .addValue("y", year)
                        .addValue("f", p.format())
                        .addValue("p", p.place())
                        .addValue("d", java.sql.Date.valueOf(p.bookingDeadline()))
                        .addValue("pi", processInstanceId)
                        .addValue("by", createdBy));
        // one row per place: a shared time is booked place by place, never beyond its size; one batch per round
        List<MapSqlParameterSource> places = new ArrayList<>();
        for (LocalDateTime t : times(p, calendar)) {
            for (int seat = 0; seat < Math.max(1, p.familiesPerTime()); seat++) {
                places.add(new MapSqlParameterSource()
                        .addValue("id", UUID.randomUUID().toString())
                        .addValue("r", id)
                        .addValue("t", Timestamp.valueOf(t))
                        .addValue("m", p.slotMinutes())
                        .addValue("seat", seat));
            }
        }
        jdbc.batchUpdate(
                "insert into app.conference_slot (id, round_id, starts_at, minutes, seat) "
                        + "values (:id, :r, :t, :m, :seat)",
                places.toArray(MapSqlParameterSource[]::new));
        return id;
    }

    /** The process's round, checked to be this class's round: a crafted submission cannot point elsewhere. */
    String ofClass(Object roundId, ClassYearKey key) {
        Integer matches = jdbc.queryForObject(
                "select count(*) from app.conference_round where id = :r and school_id = :s "
                        + "and class_code = :c and school_year = :y",
                Map.of(
                        "r",
                        String.valueOf(roundId),
                        "s",
                        key.schoolId(),
                        "c",
                        key.classCode(),
                        "y",
                        key.year().toString()),
                Integer.class);
        if (matches == null || matches != 1) {
            throw FormInput.refused("Samtalerunden findes ikke for denne klasse.");
        }
        return (String) roundId;
    }

    /** The round's slots not booked, not begun and not held for a family right now. */
    List<Slot> available(String roundId, LocalDateTime now) {
        return available(roundId, now, null);
    }

    /** As {@link #available(String, LocalDateTime)}, with the slot this student holds counted as free for them. */
    List<Slot> available(String roundId, LocalDateTime now, String forStudent) {
        // one choice per time: a shared time offers its first open place and says how many are left
        List<Slot> places = jdbc.query(
                "select s.id, s.starts_at, s.minutes, r.families_per_time, r.format from app.conference_slot s "
                        + "join app.conference_round r on r.id = s.round_id where s.round_id = :r "
                        + "and s.booked_student is null and s.starts_at > :now and "
                        + "(s.held_for is null or s.held_until <= :now or s.held_for = :s) order by s.starts_at, s.seat",
                new MapSqlParameterSource()
                        .addValue("r", roundId)
                        .addValue("now", Timestamp.valueOf(now))
                        .addValue("s", forStudent == null ? "" : forStudent),
                (rs, i) -> new Slot(
                        rs.getString(1),
                        rs.getTimestamp(2).toLocalDateTime(),
                        rs.getInt(3),
                        1,
                        rs.getInt(4),
                        rs.getString(5)));
        java.util.Map<LocalDateTime, Slot> byTime = new java.util.LinkedHashMap<>();
        for (Slot place : places) {
            byTime.merge(
                    place.startsAt(),
                    place,
                    (first, next) -> new Slot(
                            first.id(),
                            first.startsAt(),
                            first.minutes(),
                            first.free() + 1,
                            first.capacity(),
                            first.format()));
        }
        return List.copyOf(byTime.values());
    }

    /** A slot nobody else holds now: no hold, an expired one, or the student's own. */
    private static final String FREE_OF_HOLDS = "(held_for is null or held_until <= :now or held_for = :s)";

    /**
     * Holds the slot for the student until {@code until} while the family answers the form's questions, and lets go
     * of any other slot the student held in the round; refused when the slot is booked or held by another family.
     */
    void hold(String roundId, String slotId, String studentId, LocalDateTime now, LocalDateTime until) {
        var params = new MapSqlParameterSource()
                .addValue("r", roundId)
                .addValue("id", slotId)
                .addValue("s", studentId)
                .addValue("now", Timestamp.valueOf(now))
                .addValue("until", Timestamp.valueOf(until));
        jdbc.update(
                "update app.conference_slot set held_for = null, held_until = null "
                        + "where round_id = :r and held_for = :s and id <> :id",
                params);
        int held = jdbc.update(
                "update app.conference_slot set held_for = :s, held_until = :until where id = :id and round_id = :r "
                        + "and booked_student is null and starts_at > :now and " + FREE_OF_HOLDS,
                params);
        if (held == 0) {
            throw new SlotTaken("Tiden er lige blevet taget af en anden familie. Vælg en anden tid.");
        }
    }

    Optional<Slot> booked(String roundId, String studentId) {
        return jdbc
                .query(
                        "select id, starts_at, minutes from app.conference_slot where round_id = :r and booked_student = :s",
                        Map.of("r", roundId, "s", studentId),
                        (rs, i) -> new Slot(rs.getString(1), rs.getTimestamp(2).toLocalDateTime(), rs.getInt(3)))
                .stream()
                .findFirst();
    }

    /** The round's booking deadline: families book, change and cancel up to and including this day. */
    LocalDate deadline(String roundId) {
        return jdbc.queryForObject(
                        "select booking_deadline from app.conference_round where id = :r",
                        Map.of("r", roundId),
                        java.sql.Date.class)
                .toLocalDate();
    }

    /** The class's newest round of this kind in the school year, if one has been published. */
    Optional<String> latestRound(String schoolId, String classCode, String schoolYear, Kind kind) {
        return jdbc
                .queryForList(
                        "select id from app.conference_round where school_id = :s and class_code = :c "
                                + "and school_year = :y and kind = :k order by created_at desc",
                        Map.of("s", schoolId, "c", classCode, "y", schoolYear, "k", kind.name()),
                        String.class)
                .stream()
                .findFirst();
    }

    /** A free slot of the round starting when {@code other} ends, or else ending when it starts, on the same day. */
    Optional<Slot> freeNextTo(String roundId, Slot other) {
        LocalDateTime end = other.startsAt().plusMinutes(other.minutes());
        List<Slot> free = available(roundId, other.startsAt().minusDays(1));
        return free.stream()
                .filter(s -> s.startsAt().equals(end))
                .findFirst()
                .or(() -> free.stream()
                        .filter(s -> s.startsAt().plusMinutes(s.minutes()).equals(other.startsAt()))
                        .findFirst());
    }

    /**
     * Books the slot for the student; exactly one of several simultaneous bookings of one slot succeeds. Booking the
     * slot already reserved for the student (next to a sibling's) just confirms it.
     */
    Slot book(String roundId, String slotId, String studentId, String bookedBy, Clock clock) {
        Optional<Slot> already = booked(roundId, studentId);
        if (already.isPresent() && already.get().id().equals(slotId)) {
            return already.get();
        }
        int updated;
        try {
            // a time another family holds while it answers is not free, until the hold runs out
            updated = jdbc.update(
                    "update app.conference_slot set booked_student = :s, booked_by = :u, booked_at = :at, "
                            + "held_for = null, held_until = null "
                            + "where id = :id and round_id = :r and booked_student is null and " + FREE_OF_HOLDS,
                    new MapSqlParameterSource()
                            .addValue("s", studentId)
                            .addValue("u", bookedBy)
                            .addValue("at", Timestamp.from(clock.instant()))
                            .addValue("now", Timestamp.valueOf(LocalDateTime.now(clock.withZone(DanishDates.ZONE))))
                            .addValue("id", slotId)
                            .addValue("r", roundId));
        } catch (DuplicateKeyException e) {
            throw new SlotTaken("Der er allerede booket en tid til jeres barn i denne runde.");
        }
        if (updated == 0) {
            throw new SlotTaken("Tiden er lige blevet booket af en anden familie. Vælg en anden tid; jeres svar i "
                    + "skemaet er gemt.");
        }
        return booked(roundId, studentId).orElseThrow();
    }

    /** Keeps the family's wish to have its children's conferences back to back with this booked slot. */
    void markBackToBack(String slotId) {
        jdbc.update("update app.conference_slot set back_to_back = true where id = :id", Map.of("id", slotId));
    }

    /** A booked slot and whose it is. */
    record BookedSlot(String studentId, Slot slot) {}

    /**
     * The conference slots in the school year booked back to back by {@code guardian} for any of {@code students}:
     * where a sibling's time should go next to.
     */
    List<BookedSlot> bookedBackToBack(String schoolId, String schoolYear, String guardian, List<String> students) {
        if (students.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "select s.booked_student, s.id, s.starts_at, s.minutes from app.conference_slot s "
                        + "join app.conference_round r on r.id = s.round_id where r.school_id = :sc and r.school_year = :y "
                        + "and r.kind = 'CONFERENCE' and s.back_to_back and s.booked_by = :g and s.booked_student in (:st) "
                        + "order by s.starts_at",
                new MapSqlParameterSource()
                        .addValue("sc", schoolId)
                        .addValue("y", schoolYear)
                        .addValue("g", guardian)
                        .addValue("st", students),
                (rs, i) -> new BookedSlot(
                        rs.getString(1),
                        new Slot(rs.getString(2), rs.getTimestamp(3).toLocalDateTime(), rs.getInt(4))));
    }

    /** Frees the student's slot (no-show, new time). */
    void release(String roundId, String studentId) {
        jdbc.update(
                "update app.conference_slot set booked_student = null, booked_by = null, booked_at = null, "
                        + "back_to_back = false "
                        + "where round_id = :r and booked_student = :s",
                Map.of("r", roundId, "s", studentId));
    }

    /** Frees this one slot if the student still has it (a booking whose task closed before it was registered). */
    void releaseSlot(String roundId, String studentId, String slotId) {
        jdbc.update(
                "update app.conference_slot set booked_student = null, booked_by = null, booked_at = null, "
                        + "back_to_back = false where round_id = :r and booked_student = :s and id = :id",
                Map.of("r", roundId, "s", studentId, "id", slotId));
    }

    static String label(Slot slot) {
        String time = DanishDates.full(slot.startsAt().toLocalDate()) + " kl. " + LABEL_TIME.format(slot.startsAt())
                + "-" + LABEL_TIME.format(slot.startsAt().plusMinutes(slot.minutes()));
        if (!slot.shared()) {
            return time;
        }
        // other families share the time; who they are is theirs to say, not the form's
        String format =
                ConferenceFormat.of(slot.format()).map(ConferenceFormat::label).orElse("Fælles samtale");
        return time + " – " + format + " for op til " + slot.capacity() + " familier, " + slot.free()
                + (slot.free() == 1 ? " plads" : " pladser") + " ledig" + (slot.free() == 1 ? "" : "e");
    }
}
