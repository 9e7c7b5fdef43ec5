package dk.skolehjem.weeklyplan;

import dk.skolehjem.engine.LateTaskFilter;
import dk.skolehjem.engine.ProcessModule;
import java.util.List;
import org.springframework.stereotype.Component;

/** The weekly plans (R1) as the rest of the product sees them: leadership's filter of the plans not published in time. */
@Component
public class WeeklyPlanModule implements ProcessModule {

    @Override
    public String key() {
        return "weekly-plan";
    }

    @Override
    public List<String> resources() {
        return List.of("processes/weekly-plan.bpmn", "forms/weekly-plan.form");
    }

    @Override
    public List<LateTaskFilter> lateTaskFilters() {
        return List.of(new LateTaskFilter(
                "Forsinkede ugeplaner",
                "Ugeplaner, der ikke var udgivet til skolens frist (R1); kun for ledelsen",
                "publishWeeklyPlan"));
    }
}
