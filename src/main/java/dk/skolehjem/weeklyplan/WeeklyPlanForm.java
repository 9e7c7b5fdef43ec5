package dk.skolehjem.weeklyplan;

import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormInput;
import dk.skolehjem.engine.FormRule;
import dk.skolehjem.policy.SchoolPolicy;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A published weekly plan ({@code weekly-plan}, R1): the plan per subject, or, where the policy says so, the link to
 * it on the learning platform (the form shows the one the school uses).
 */
@Component
class WeeklyPlanForm implements FormRule {

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
    }
}
