package dk.skolehjem.parentmeeting;

import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormInput;
import dk.skolehjem.engine.FormRule;
import dk.skolehjem.policy.PolicyRegistry;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The team's plan for the parent meeting ({@code parent-meeting-plan}, R2-R4): in the school year, not in the past,
 * a reason when outside the first quarter; then the meeting's times and the council's answer deadline.
 */
@Component
class ParentMeetingPlanForm implements FormRule {

    /** Days the class parent council has to approve the plan or ask for a change. */
    static final int APPROVE_WITHIN_DAYS = 3;

    private final ParentMeetingPlanner planner;
    private final PolicyRegistry policies;

    ParentMeetingPlanForm(ParentMeetingPlanner planner, PolicyRegistry policies) {
        this.planner = planner;
        this.policies = policies;
    }

    @Override
    public Set<String> forms() {
        return Set.of("parent-meeting-plan");
    }

    @Override
    public void apply(FormAnswers answers) {
        LocalDate date = answers.requiredDate("meetingDate");
        LocalTime time = answers.requiredTime("meetingTime");
        int minutes = answers.requiredNumber("meetingLength");
        String reason = answers.text("reasonOutsideFirstQuarter");
        List<String> problems = planner.problems(
                policies.orDefault(answers.variable("policyId")),
                ParentMeetings.number(answers.variable("meetingNumber")),
                SchoolYear.parse((String) answers.variable("schoolYear")),
                EngineDates.today(),
                date,
                time,
                minutes,
                reason);
        if (!problems.isEmpty()) {
            throw FormInput.refused(String.join(" ", problems));
        }
        answers.set("meetingStart", EngineDates.at(date.atTime(time)));
        answers.set("minutesDue", EngineDates.endOfDay(date.plusDays(3)));
        // the council answers within three days, and always before the meeting, so the invitation can go out
        LocalDate approveBy = EngineDates.today().plusDays(APPROVE_WITHIN_DAYS);
        LocalDate dayBefore = date.minusDays(1);
        answers.set(
                "approveDue",
                EngineDates.endOfDay(
                        approveBy.isBefore(dayBefore) || dayBefore.isBefore(EngineDates.today())
                                ? approveBy
                                : dayBefore));
    }
}
