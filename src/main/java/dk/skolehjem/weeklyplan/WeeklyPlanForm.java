package dk.skolehjem.weeklyplan;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormInput;
import dk.skolehjem.engine.FormRule;
import dk.skolehjem.policy.SchoolPolicy;
import dk.skolehjem.roster.ClassYearKey;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A published weekly plan ({@code weekly-plan}, R1): the plan per subject, or, where the policy says so, the link to
 * it on the learning platform (the form shows the one the school uses), published to the class's families at once.
 */
@Component
class WeeklyPlanForm implements FormRule {

    private final WeeklyPlans plans;
    private final java.time.Clock clock;

    WeeklyPlanForm(WeeklyPlans plans, java.time.Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public Set<String> forms() {
        return Set.of("weekly-plan");
    }

    @Override
    public void apply(FormAnswers answers) {
        String subjects = answers.text("subjects");
        String link = answers.text("platformLink");
        boolean onPlatform =
                SchoolPolicy.WeeklyPlanFormat.PLATFORM_LINK.name().equals(answers.variable("weeklyPlanFormat"));
        if (onPlatform && link == null) {
            throw FormInput.refused("Skolen skriver ugeplanen på læringsplatformen: indsæt linket i feltet '"
                    + answers.label("platformLink") + "'.");
        }
        if (!onPlatform && subjects == null) {
            throw FormInput.refused("Skriv ugens indhold i alle fag i feltet '" + answers.label("subjects") + "'.");
        }
        if (link != null && !link.matches("https://\\S+")) {
            throw answers.refused("platformLink", "skal være en https-adresse.");
        }
        // published the moment the team sends it, late or not: the families read it on Mit barn
        Object week = answers.variable("planWeek");
        Object number = answers.variable("planWeekNumber");
        plans.publish(
                ClassYearKey.parse(answers.execution().getProcessBusinessKey()),
                week instanceof java.util.Date d
                        ? d.toInstant().atZone(DanishDates.ZONE).toLocalDate()
                        : java.time.LocalDate.parse(String.valueOf(week).substring(0, 10)),
                number instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(number)),
                subjects,
                answers.text("classNews"),
                link,
                answers.completedBy(),
                clock.instant(),
                answers.processInstanceId());
    }
}
