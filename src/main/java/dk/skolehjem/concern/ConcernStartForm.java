package dk.skolehjem.concern;

import dk.skolehjem.engine.CodeList;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The registration ({@code concern-start}): a worry does not start in the future, and the triage table gets its
 * inputs as it reads them (a number of attempts, a yes/no for the child's safety).
 */
@Component
class ConcernStartForm implements FormRule {

    @Override
    public Set<String> forms() {
        return Set.of("concern-start");
    }

    @Override
    public List<CodeList> codeLists() {
        return List.of(
                CodeList.of("category", ConcernCategory.class, "Vælg en kategori i listen."),
                CodeList.of("urgency", ConcernUrgency.class, "Vælg, hvor meget det haster."));
    }

    @Override
    public void apply(FormAnswers answers) {
        LocalDate since = answers.requiredDate("concernSince");
        if (since.isAfter(EngineDates.today())) {
            throw answers.refused("concernSince", "kan ikke ligge i fremtiden.");
        }
        Integer attempts = answers.number("earlierAttempts");
        answers.set("earlierAttempts", attempts == null ? 0 : attempts);
        answers.set("childAtRisk", answers.ticked("childAtRisk"));
    }
}
