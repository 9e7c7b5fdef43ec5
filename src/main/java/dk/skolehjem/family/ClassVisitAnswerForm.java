package dk.skolehjem.family;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.engine.CodeList;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormInput;
import dk.skolehjem.engine.FormRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The team's answer to a class visit ({@code class-visit-answer}, R16): a day from today when it welcomes the visit
 * or proposes another, a reason when it declines.
 */
@Component
class ClassVisitAnswerForm implements FormRule {

    @Override
    public Set<String> forms() {
        return Set.of("class-visit-answer");
    }

    @Override
    public List<CodeList> codeLists() {
        return List.of(CodeList.of("decision", VisitAnswer.class, "Vælg et svar i listen."));
    }

    @Override
    public void apply(FormAnswers answers) {
        if (!VisitAnswer.DECLINE.value().equals(answers.requiredText("decision"))) {
            LocalDate day = answers.requiredDate("visitDate");
            if (day.isBefore(EngineDates.today())) {
                throw FormInput.refused("Dagen for besøget er overskredet.");
            }
            answers.set("visitDateLabel", DanishDates.full(day));
        } else {
            answers.requiredText("reason");
        }
    }
}
