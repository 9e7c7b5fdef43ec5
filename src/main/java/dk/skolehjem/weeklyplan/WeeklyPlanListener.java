package dk.skolehjem.weeklyplan;

import dk.skolehjem.engine.FormInput;
import dk.skolehjem.policy.SchoolPolicy;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks a published weekly plan: the plan per subject, or, where the policy says so, the link to it on the platform. */
@Component("weeklyPlanListener")
class WeeklyPlanListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        String subjects = in.optionalText("subjects", "Ugens indhold i alle fag", FormInput.MAX_TEXT);
        String link = in.optionalText("platformLink", "Link til ugeplanen", 500);
        in.optionalText("classNews", "Nyt fra klassen", FormInput.MAX_TEXT);
        boolean onPlatform = SchoolPolicy.WeeklyPlanFormat.PLATFORM_LINK.name().equals(task.getVariable("weeklyPlanFormat"));
        if (onPlatform && link == null) {
            throw FormInput.refused("Skolen skriver ugeplanen på læringsplatformen: indsæt linket i feltet 'Link til ugeplanen'.");
        }
        if (!onPlatform && subjects == null) {
            throw FormInput.refused("Skriv ugens indhold i alle fag i feltet 'Ugens indhold i alle fag'.");
        }
        if (link != null && !link.matches("https://\\S+")) {
            throw FormInput.refused("Feltet 'Link til ugeplanen' skal være en https-adresse.");
        }
    }
}
