package dk.skolehjem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skolehjem.engine.Choice;
import dk.skolehjem.engine.CodeList;
import dk.skolehjem.engine.FormChoices;
import dk.skolehjem.engine.FormDefinition;
import dk.skolehjem.engine.FormField;
import dk.skolehjem.engine.FormRule;
import dk.skolehjem.engine.FormRules;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * Every form a process shows has its check: each {@code camunda:formRef} of a start event or user task in
 * {@code processes/*.bpmn} names a form file that exists and parses, and the element runs the form check
 * ({@code ${formCheck}}) when it is submitted. Every choice field gets its choices from the form or from a registered
 * code list, never both, so a choice's label is written once; every rule belongs to a form a process uses.
 */
class FormRefsTest {

    private static final String FORM_CHECK = "${formCheck}";

    /** Form id to the processes' elements that show it, e.g. "concern.bpmn#reviewLevel". */
    private static final Map<String, List<String>> USED = new TreeMap<>();

    private static final Map<String, Path> FORM_FILES = new TreeMap<>();
    private static FormRules rules;
    private static List<FormRule> ruleBeans;
    private static final List<String> WIRING = new ArrayList<>();

    @BeforeAll
    static void readProcessesFormsAndRules() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path bpmn :
                    files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
                var model = Bpmn.readModelFromFile(bpmn.toFile());
                for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                    if (start.getCamundaFormRef() != null) {
                        use(
                                bpmn,
                                start,
                                start.getCamundaFormRef(),
                                start.getCamundaFormRefBinding(),
                                listeners(start, CamundaExecutionListener.class).stream()
                                        .anyMatch(l -> "end".equals(l.getCamundaEvent())
                                                && FORM_CHECK.equals(l.getCamundaDelegateExpression())));
                    }
                }
                for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                    if (task.getCamundaFormRef() != null) {
                        use(
                                bpmn,
                                task,
                                task.getCamundaFormRef(),
                                task.getCamundaFormRefBinding(),
                                listeners(task, CamundaTaskListener.class).stream()
                                        .anyMatch(l -> "complete".equals(l.getCamundaEvent())
                                                && FORM_CHECK.equals(l.getCamundaDelegateExpression())));
                    }
                }
            }
        }
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            files.filter(p -> p.toString().endsWith(".form"))
                    .forEach(p -> FORM_FILES.put(p.getFileName().toString().replace(".form", ""), p));
        }
        ruleBeans = registeredRules();
        rules = new FormRules(ruleBeans);
    }

    @Test
    void everyFormRefHasItsFormFile_andTheFormCheckRunsWhenItIsSubmitted() throws IOException {
        assertThat(USED).as("forms used by the processes").hasSizeGreaterThan(40);
        assertThat(WIRING)
                .as("elements with a form but without the form check, or bound to another deployment")
                .isEmpty();
        SoftAssertions soft = new SoftAssertions();
        for (String formId : USED.keySet()) {
            Path file = FORM_FILES.get(formId);
            soft.assertThat(file)
                    .as("forms/" + formId + ".form, used by " + USED.get(formId))
                    .isNotNull();
            if (file != null) {
                FormDefinition form = FormDefinition.parse(Files.newInputStream(file));
                soft.assertThat(form.id()).as("the id inside " + file).isEqualTo(formId);
            }
        }
        soft.assertThat(FORM_FILES.keySet()).as("forms no process shows").isSubsetOf(USED.keySet());
        soft.assertAll();
    }

    @Test
    void everyRuleIsForAFormAProcessShows_andEveryCodeListFillsAChoiceField() throws IOException {
        assertThat(ruleBeans).as("the rule classes Spring registers").hasSizeGreaterThan(20);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(rules.forms()).as("forms with a rule").isSubsetOf(USED.keySet());
        for (FormRule rule : ruleBeans) {
            for (CodeList list : rule.codeLists()) {
                boolean filled = false;
                for (String formId : rule.forms()) {
                    FormDefinition form = FormDefinition.parse(Files.newInputStream(FORM_FILES.get(formId)));
                    filled |= form.has(list.field()) && form.field(list.field()).kind() == FormField.Kind.CHOICE;
                }
                soft.assertThat(filled)
                        .as(rule.getClass().getSimpleName() + ": code list for '" + list.field()
                                + "' fills a choice field of " + rule.forms())
                        .isTrue();
                soft.assertThat(list.choices())
                        .as("the choices of " + list.field())
                        .isNotEmpty();
                soft.assertThat(list.choices().stream()
                                .map(Choice::value)
                                .distinct()
                                .count())
                        .as("distinct values")
                        .isEqualTo(list.choices().size());
            }
        }
        soft.assertAll();
    }

    @Test
    void everyChoiceFieldHasItsChoicesOnce_inTheFormOrInItsCodeList() throws IOException {
        SoftAssertions soft = new SoftAssertions();
        for (var e : FORM_FILES.entrySet()) {
            byte[] source = Files.readAllBytes(e.getValue());
            FormDefinition form = FormDefinition.parse(new ObjectMapper().readTree(source));
            FormDefinition deployed =
                    FormDefinition.parse(new ObjectMapper().readTree(FormChoices.fill(source, rules)));
            for (FormField field : form.fields()) {
                if (field.kind() != FormField.Kind.CHOICE && field.kind() != FormField.Kind.YES_NO) {
                    continue;
                }
                var codeList = rules.codeList(form.id(), field.key());
                String where = e.getKey() + "#" + field.key();
                if (codeList.isPresent()) {
                    soft.assertThat(field.choices())
                            .as(where + ": choices written in the form although an enum fills them")
                            .isEmpty();
                    soft.assertThat(deployed.field(field.key()).choices())
                            .as(where + " as deployed")
                            .containsExactlyElementsOf(codeList.get().choices().stream()
                                    .map(c -> new Choice.Option(c.value(), c.label()))
                                    .toList());
                } else {
                    soft.assertThat(field.choices())
                            .as(where + ": a choice field needs choices from the form or a code list")
                            .isNotEmpty();
                }
            }
        }
        soft.assertAll();
    }

    private static void use(Path bpmn, BaseElement element, String formId, String binding, boolean checked) {
        String where = bpmn.getFileName() + "#" + element.getId();
        USED.computeIfAbsent(formId, k -> new ArrayList<>()).add(where);
        if (!checked) {
            WIRING.add(where + " (" + formId + "): no " + FORM_CHECK);
        }
        if (!"deployment".equals(binding)) {
            WIRING.add(where + " (" + formId + "): formRefBinding " + binding);
        }
    }

    private static <T extends org.camunda.bpm.model.bpmn.instance.BpmnModelElementInstance> Collection<T> listeners(
            BaseElement element, Class<T> type) {
        return element.getExtensionElements() == null
                ? List.of()
                : element.getExtensionElements()
                        .getElementsQuery()
                        .filterByType(type)
                        .list();
    }

    /** The form rules Spring registers (components implementing FormRule), made without their collaborators. */
    private static List<FormRule> registeredRules() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(true);
        List<FormRule> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (var candidate : scanner.findCandidateComponents("dk.skolehjem")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (FormRule.class.isAssignableFrom(type) && seen.add(type.getName())) {
                Constructor<?> constructor = type.getDeclaredConstructors()[0];
                constructor.setAccessible(true);
                // forms() and codeLists() need none of the rule's services
                found.add((FormRule) constructor.newInstance(new Object[constructor.getParameterCount()]));
            }
        }
        return found;
    }
}
