package dk.skolehjem.weeklyplan;

import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.engine.LateTaskFilter;
import dk.skolehjem.engine.Occurrence;
import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.engine.Publication;
import dk.skolehjem.roster.ClassYearKey;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The weekly plans (R1) as the rest of the product sees them: the published plans for the class's families, and
 * leadership's filter of the plans not published in time.
 */
@Component
public class WeeklyPlanModule implements ProcessModule {

    private final WeeklyPlans plans;
    private final dk.skolehjem.engine.OpenWork openWork;

    WeeklyPlanModule(WeeklyPlans plans, dk.skolehjem.engine.OpenWork openWork) {
        this.openWork = openWork;
        this.plans = plans;
    }

    /** This week's plan and next week's, once published. */
    @Override
    public List<Publication> publications(ClassYearKey child, LocalDate today) {
        LocalDate monday = today.with(java.time.DayOfWeek.MONDAY);
        return plans.of(child.schoolId(), child.classCode(), monday, monday.plusWeeks(1)).stream()
                .map(p -> new Publication(
                        "Ugeplan for uge " + p.weekNumber(), parts(p), p.platformLink(), p.publishedAt()))
                .toList();
    }

    private static List<Publication.Part> parts(WeeklyPlans.Plan plan) {
        List<Publication.Part> parts = new java.util.ArrayList<>();
        if (plan.subjects() != null) {
            parts.add(new Publication.Part("Ugens indhold i alle fag", plan.subjects()));
        }
        if (plan.classNews() != null) {
            parts.add(new Publication.Part("Nyt fra klassen", plan.classNews()));
        }
        return parts;
    }

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

    /** Each published plan, with the week it is for as its reference ({@code 2026-08-17}). */
    @Override
    public List<Occurrence> recorded(String schoolId, SchoolYear year) {
        return plans.published(schoolId, year);
    }

    /** Weekly plans past their deadline and still not sent, class by class. */
    @Override
    public List<String> weekForLeadership(String schoolId, java.time.LocalDate today) {
        var late = openWork.perClass(schoolId, key(), "publishWeeklyPlan", java.util.Date.from(EngineDates.now()));
        return late.isEmpty()
                ? List.of()
                : List.of("Ugeplaner, der er for sent på den: " + dk.skolehjem.engine.OpenWork.describe(late));
    }
}
