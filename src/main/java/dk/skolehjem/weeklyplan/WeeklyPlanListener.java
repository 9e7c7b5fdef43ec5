package dk.skolehjem.weeklyplan;

import dk.skolehjem.engine.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks a published weekly plan: the plan per subject, or a link to it on the learning platform. */
@Component("weeklyPlanListener")
class WeeklyPlanListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        String subjects = in.optionalText("subjects", "Ugens indhold i alle fag", FormInput.MAX_TEXT);
        String link = in.optionalText("platformLink", "Link til ugeplanen", 500);
        in.optionalText("classNews", "Nyt fra klassen", FormInput.MAX_TEXT);
        if (subjects == null && link == null) {
            throw FormInput.refused("Skriv ugens indhold i alle fag, eller indsæt et link til ugeplanen på læringsplatformen.");
        }
        if (link != null && !link.matches("https://\\S+")) {
            throw FormInput.refused("Feltet 'Link til ugeplanen' skal være en https-adresse.");
        }
    }
}
