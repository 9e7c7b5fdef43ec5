package dk.skolehjem.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/**
 * A process's start form as deployed (choices filled from their code lists), for the pages that offer it in their own
 * layout (the parent page's requests): their labels and choices are the form's, not typed again in a template.
 */
@Component
public class StartForms {

    private final RepositoryService repository;
    private final FormService forms;
    private final IdentityService identity;
    private final Map<String, FormDefinition> byDefinition = new ConcurrentHashMap<>();

    StartForms(RepositoryService repository, FormService forms, IdentityService identity) {
        this.repository = repository;
        this.forms = forms;
        this.identity = identity;
    }

    /** The start form of the process's latest version. */
    public FormDefinition of(String processKey) {
        // the person on the page may not read process definitions; the page has already checked what they may start
        return AsSystem.call(identity, () -> {
            String definition = repository
                    .createProcessDefinitionQuery()
                    .processDefinitionKey(processKey)
                    .withoutTenantId()
                    .latestVersion()
                    .singleResult()
                    .getId();
            return byDefinition.computeIfAbsent(definition, id -> FormDefinition.parse(forms.getDeployedStartForm(id)));
        });
    }
}
