package dk.skolehjem.messagebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The goal fields the team's record forms share (conference, learning conversation): one field per message book
 * area, read the same way wherever a meeting writes goals (L1, L2); the forms say their labels and lengths.
 */
public final class GoalFields {

    private static final Map<String, SubjectArea> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("goalLanguage", SubjectArea.SPROG);
        FIELDS.put("goalEarlyMath", SubjectArea.TIDLIG_MATEMATIK);
        FIELDS.put("goalDanish", SubjectArea.DANSK);
        FIELDS.put("goalMath", SubjectArea.MATEMATIK);
        FIELDS.put("goalEducation", SubjectArea.UDDANNELSE);
        FIELDS.put("goalSocial", SubjectArea.SOCIALT);
    }

    private GoalFields() {}

    /** The goals written for the areas that belong to this grade; others (a hidden field) are left out. */
    public static List<MessageBookEntry.Goal> read(VariableScope scope, int grade) {
        List<MessageBookEntry.Goal> goals = new ArrayList<>();
        FIELDS.forEach((field, area) -> {
            Object value = scope.getVariable(field);
            if (value instanceof String s && !s.isBlank() && area.belongsTo(grade)) {
                goals.add(new MessageBookEntry.Goal(area, s.trim()));
            }
        });
        return goals;
    }
}
