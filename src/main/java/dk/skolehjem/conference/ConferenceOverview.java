package dk.skolehjem.conference;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.roster.RosterRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The class team's overview of its current rounds (the conferences and the learning conversations): how many have
 * booked, who has not yet and by when they must, and per booked student the time and what the family wished and
 * answered. The rounds and bookings are the conference package's own tables; the wishes its own processes' variables.
 */
@Service
class ConferenceOverview {

    /** One round as the team sees it. */
    record Round(
            String title,
            String deadline,
            int bookedCount,
            int students,
            List<String> notBooked,
            List<Booked> booked) {}

    /** A booked student: when, and what the family wished and answered. */
    record Booked(String student, String time, ConferenceAnswers.Wishes wishes) {}

    /** A round's row: its process instance holds the students' conferences. */
    private record RoundRow(String id, String instanceId, java.time.LocalDate deadline, ConferenceRounds.Kind kind) {}

    /** A booked slot's row. */
    private record SlotRow(String studentId, Slot slot, boolean backToBack) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final RosterRepository roster;
    private final ConferenceAnswers answers;

    ConferenceOverview(NamedParameterJdbcTemplate jdbc, RosterRepository roster, ConferenceAnswers answers) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.answers = answers;
    }

    /** The class's newest round of each kind in the school year, the conferences first; none before one is published. */
    List<Round> current(String schoolId, String classCode, String schoolYear) {
        List<RosterRepository.StudentRow> students = roster.studentsOfClass(schoolId, classCode);
        List<Round> rounds = new ArrayList<>();
        for (ConferenceRounds.Kind kind : ConferenceRounds.Kind.values()) {
            latest(schoolId, classCode, schoolYear, kind).ifPresent(r -> rounds.add(round(r, students)));
        }
        return rounds;
    }

    private Round round(RoundRow r, List<RosterRepository.StudentRow> students) {
        List<SlotRow> slots = booked(r.id());
        Set<String> bookedIds = slots.stream().map(SlotRow::studentId).collect(Collectors.toSet());
        Map<String, String> names = students.stream()
                .collect(Collectors.toMap(RosterRepository.StudentRow::id, RosterRepository.StudentRow::name));
        Map<String, ConferenceAnswers.Wishes> wishes = answers.of(r.instanceId());
        List<Booked> booked = slots.stream()
                .map(s -> {
                    ConferenceAnswers.Wishes w = wishes.getOrDefault(s.studentId(), ConferenceAnswers.Wishes.NONE);
                    // the booking keeps the wish too when the team placed a sibling's time next to it
                    return new Booked(
                            names.getOrDefault(s.studentId(), s.studentId()),
                            ConferenceRounds.label(s.slot()),
                            new ConferenceAnswers.Wishes(
                                    w.interpreterLanguage(), w.backToBack() || s.backToBack(), w.answers()));
                })
                .toList();
        List<String> notBooked = students.stream()
                .filter(s -> !bookedIds.contains(s.id()))
                .map(RosterRepository.StudentRow::name)
                .sorted()
                .toList();
        return new Round(
                r.kind() == ConferenceRounds.Kind.LEARNING ? "Elevstyrede læringssamtaler" : "Skole-hjem-samtaler",
                DanishDates.day(r.deadline()),
                booked.size(),
                // a student who left the class after booking still counts as booked
                booked.size() + notBooked.size(),
                notBooked,
                booked);
    }

    private java.util.Optional<RoundRow> latest(
            String schoolId, String classCode, String schoolYear, ConferenceRounds.Kind kind) {
        return jdbc
                .query(
                        "select id, process_instance_id, booking_deadline from app.conference_round "
                                + "where school_id = :s and class_code = :c and school_year = :y and kind = :k "
                                + "order by created_at desc",
                        Map.of("s", schoolId, "c", classCode, "y", schoolYear, "k", kind.name()),
                        (rs, i) -> new RoundRow(
                                rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), kind))
                .stream()
                .findFirst();
    }

    private List<SlotRow> booked(String roundId) {
        return jdbc.query(
                "select booked_student, id, starts_at, minutes, back_to_back from app.conference_slot "
                        + "where round_id = :r and booked_student is not null order by starts_at",
                Map.of("r", roundId),
                (rs, i) -> new SlotRow(
                        rs.getString(1),
                        new Slot(rs.getString(2), rs.getTimestamp(3).toLocalDateTime(), rs.getInt(4)),
                        rs.getBoolean(5)));
    }
}
