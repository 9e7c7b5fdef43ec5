package dk.skolehjem.engine;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** Every form's rule, by form id: where the form check and the deployment find a form's rule and code lists. */
@Component
public class FormRules {

    private final Map<String, FormRule> byForm = new TreeMap<>();

    public FormRules(List<FormRule> rules) {
        for (FormRule rule : rules) {
            for (String form : rule.forms()) {
                FormRule other = byForm.put(form, rule);
                if (other != null) {
                    throw new IllegalStateException("Skemaet " + form + " har to regler: "
                            + other.getClass().getSimpleName() + " og "
                            + rule.getClass().getSimpleName());
                }
            }
        }
    }

    public Optional<FormRule> of(String formId) {
        return Optional.ofNullable(byForm.get(formId));
    }

    /** The code list that fills this form's field, if one does. */
    public Optional<CodeList> codeList(String formId, String field) {
        return of(formId).stream()
                .flatMap(r -> r.codeLists().stream())
                .filter(c -> c.field().equals(field))
                .findFirst();
    }

    public List<CodeList> codeLists(String formId) {
        return of(formId).map(FormRule::codeLists).orElse(List.of());
    }

    /** The form ids that have a rule. */
    public Collection<String> forms() {
        return byForm.keySet();
    }
}
