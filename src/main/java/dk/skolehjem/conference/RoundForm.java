package dk.skolehjem.conference;

import dk.skolehjem.engine.Choice;
import dk.skolehjem.engine.CodeList;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormInput;
import dk.skolehjem.engine.FormRule;
import dk.skolehjem.policy.ConferenceFormat;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.policy.SchoolPolicy;
import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.RosterRepository;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The team publishes a round of conferences ({@code conference-round}) or learning conversations
 * ({@code learning-round}): the plan is checked against the principle, and the round and its slots are made.
 */
@Component
class RoundForm implements FormRule {

    /** The conference formats, as the round form offers them (the learning round's format is fixed). */
    static final CodeList FORMATS = new CodeList(
            "format",
            Arrays.stream(ConferenceFormat.values())
                    .<Choice>map(f -> new Choice.Option(f.value(), f.label()))
                    .toList(),
            "Vælg en af formerne i listen.");

    private final ConferenceRounds rounds;
    private final PolicyRegistry policies;
    private final RosterRepository roster;

    RoundForm(ConferenceRounds rounds, PolicyRegistry policies, RosterRepository roster) {
        this.rounds = rounds;
        this.policies = policies;
        this.roster = roster;
    }

    @Override
    public Set<String> forms() {
        return Set.of("conference-round", "learning-round");
    }

    @Override
    public List<CodeList> codeLists() {
        return List.of(FORMATS);
    }

    /** One family per time for individual conferences; the team's number for a group talk or a subject café. */
    private static int familiesPerTime(FormAnswers answers) {
        if (ConferenceFormat.INDIVIDUEL.value().equals(answers.text("format"))
                || !answers.form().has("familiesPerTime")) {
            return 1;
        }
        Integer n = answers.number("familiesPerTime");
        return n == null ? 0 : n;
    }

    @Override
    public void apply(FormAnswers answers) {
        var plan = new RoundPlan(
                answers.requiredDate("firstDay"),
                answers.requiredDate("lastDay"),
                answers.requiredTime("dailyStart"),
                answers.requiredTime("dailyEnd"),
                answers.requiredNumber("slotMinutes"),
                answers.requiredText("place"),
                answers.requiredText("format"),
                answers.requiredDate("bookingDeadline"),
                familiesPerTime(answers));
        var execution = answers.execution();
        ClassYearKey key = ClassYearKey.parse(execution.getProcessBusinessKey());
        SchoolPolicy policy = policies.get((String) answers.variable("policyId"));
        int students = roster.studentsOfClass(key.schoolId(), key.classCode()).size();
        ConferenceRounds.Kind kind = ConferenceRounds.Kind.of(answers.variable("roundKind"));
        List<String> problems =
                ConferenceRounds.problems(plan, policy, key.year(), EngineDates.today(), students, kind);
        if (!problems.isEmpty()) {
            throw FormInput.refused(String.join(" ", problems));
        }
        String assignee = answers.task().getAssignee();
        String roundId = rounds.create(
                plan,
                policy.calendar(key.year()),
                key.schoolId(),
                key.classCode(),
                key.year().toString(),
                answers.processInstanceId(),
                assignee == null ? "klasseteamet" : assignee,
                kind);
        answers.set("roundId", roundId);
        answers.set("bookingDeadline", EngineDates.endOfDay(plan.bookingDeadline()));
    }
}
