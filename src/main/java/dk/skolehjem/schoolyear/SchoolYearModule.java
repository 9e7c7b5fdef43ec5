package dk.skolehjem.schoolyear;

import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.minutes.DocumentKind;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The school year (R3, R17) as the rest of the product sees it: started by the rollout, never by a person; it writes the year summary. */
@Component
public class SchoolYearModule implements ProcessModule {

    @Override
    public String key() {
        return SchoolYearRollout.PROCESS_KEY;
    }

    @Override
    public List<String> resources() {
        return List.of("processes/school-year.bpmn", "forms/year-plan.form", "forms/year-plan-follow-up.form");
    }

    @Override
    public Set<DocumentKind> documents() {
        return Set.of(DocumentKind.YEAR_SUMMARY);
    }

    /**
     * The class's year began when it was rolled out (weekly plans are owed from then on); the year plan is done when
     * the team completes it (it is what the first parent meeting presents).
     */
    @Override
    public List<dk.skolehjem.engine.Evidence> evidence() {
        return List.of(
                dk.skolehjem.engine.Evidence.started(
                        dk.skolehjem.engine.Occurrence.What.YEAR_STARTED, "start-school-year"),
                dk.skolehjem.engine.Evidence.passed(
                        dk.skolehjem.engine.Occurrence.What.YEAR_PLAN_DONE, "fillInYearPlan"));
    }
}
