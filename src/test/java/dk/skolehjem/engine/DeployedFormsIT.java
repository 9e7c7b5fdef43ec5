package dk.skolehjem.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.SkoleHjemIT;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The forms as the running application deploys them, which Tasklist shows: every form a process refers to is in
 * its deployment and parses, every choice field has its choices, and a code list's field has exactly the enum's
 * values and Danish labels; the rules Spring registered are all for forms the processes show.
 */
@SkoleHjemIT
class DeployedFormsIT {

    @Autowired
    RepositoryService repository;

    @Autowired
    FormRules rules;

    @Autowired
    StartForms startForms;

    @Test
    void everyDeployedFormHasItsChoices_filledFromItsCodeLists() {
        Map<String, FormDefinition> deployed = new TreeMap<>();
        for (ProcessDefinition process :
                repository.createProcessDefinitionQuery().latestVersion().list()) {
            var model = repository.getBpmnModelInstance(process.getId());
            model.getModelElementsByType(StartEvent.class).stream()
                    .map(StartEvent::getCamundaFormRef)
                    .filter(java.util.Objects::nonNull)
                    .forEach(ref -> deployed.put(ref, form(process, ref)));
            model.getModelElementsByType(UserTask.class).stream()
                    .map(UserTask::getCamundaFormRef)
                    .filter(java.util.Objects::nonNull)
                    .forEach(ref -> deployed.put(ref, form(process, ref)));
        }
        assertThat(deployed).hasSizeGreaterThan(40);
        assertThat(deployed.keySet())
                .as("forms with a registered rule are forms the processes show")
                .containsAll(rules.forms());
        SoftAssertions soft = new SoftAssertions();
        int filled = 0;
        for (FormDefinition form : deployed.values()) {
            soft.assertThat(form.id()).isIn(deployed.keySet());
            for (FormField field : form.fields()) {
                if (field.kind() != FormField.Kind.CHOICE) {
                    continue;
                }
                soft.assertThat(field.choices())
                        .as(form.id() + "#" + field.key() + " offers choices")
                        .isNotEmpty();
                var codeList = rules.codeList(form.id(), field.key());
                if (codeList.isPresent()) {
                    filled++;
                    soft.assertThat(field.choices())
                            .as(form.id() + "#" + field.key() + " as its enum says")
                            .containsExactlyElementsOf(codeList.get().choices().stream()
                                    .map(c -> new Choice.Option(c.value(), c.label()))
                                    .toList());
                }
            }
        }
        soft.assertThat(filled).as("choice fields filled from enums").isGreaterThanOrEqualTo(9);
        soft.assertAll();
    }

    @Test
    void theParentPageReadsTheConcernsChoicesFromTheDeployedStartForm() {
        FormDefinition start = startForms.of("concern");
        assertThat(start.field("category").choices())
                .extracting(Choice::label)
                .contains("Hjemmets situation", "Trivsel");
        assertThat(start.field("urgency").choices()).extracting(Choice::value).containsExactly("lav", "middel", "hoej");
        assertThat(start.field("childAtRisk").label()).isEqualTo("Jeg frygter, at barnet ikke er i sikkerhed");
    }

    private FormDefinition form(ProcessDefinition process, String formId) {
        return FormDefinition.parse(
                repository.getResourceAsStream(process.getDeploymentId(), "forms/" + formId + ".form"));
    }
}
