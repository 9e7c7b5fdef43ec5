package dk.skolehjem.family;

import dk.skolehjem.engine.CodeList;
import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormRule;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** "Fortæl skolen om en stor ændring" ({@code life-event-start}, R15): what the family tells is sensitive. */
@Component
class LifeEventStartForm implements FormRule {

    @Override
    public Set<String> forms() {
        return Set.of("life-event-start");
    }

    @Override
    public List<CodeList> codeLists() {
        return List.of(CodeList.of("changeKind", LifeEventKind.class, "Vælg en af ændringerne i listen."));
    }

    @Override
    public void apply(FormAnswers answers) {
        answers.set("sensitive", true);
    }
}
