package dk.skolehjem.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.minutes.DocumentKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Every process module agrees with its BPMN, without Spring: the key, the forms and the DMN it declares are the ones
 * its model uses, its end events and tasks exist, the variables it names for a meeting or a door are written by the
 * model, its forms or the Java that runs it, and its documents are those its steps write. Each process in
 * {@code processes/} has exactly one module, and every file there and in {@code forms/} belongs to one.
 */
class ProcessModulesTest {

    private static final Path JAVA = Path.of("src/main/java");
    private static final Pattern BEAN = Pattern.compile("@Component\\(\"([A-Za-z0-9]+)\"\\)");
    private static final Pattern CALLED_BEAN = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)");
    private static final Pattern DOCUMENT_STEP_KIND = Pattern.compile("name=\"documentKind\">([A-Z_]+)<");

    private static List<ProcessModule> modules;
    /** Bean name (as BPMN expressions call it) to the Java package directory that defines it. */
    private static Map<String, Path> beans;

    @BeforeAll
    static void findModules() throws IOException {
        modules = scanModules();
        beans = new HashMap<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = BEAN.matcher(Files.readString(file));
                while (m.find()) {
                    beans.put(m.group(1), file.getParent());
                }
            }
        }
    }

    @Test
    void everyProcessHasExactlyOneModule_andEveryProcessOrFormFileBelongsToOne() throws IOException {
        Map<String, List<String>> modulesByKey = new TreeMap<>();
        modules.forEach(m -> modulesByKey
                .computeIfAbsent(m.key(), k -> new ArrayList<>())
                .add(m.getClass().getName()));
        Set<String> processKeys = new TreeSet<>();
        for (Resource bpmn : new PathMatchingResourcePatternResolver().getResources("classpath:processes/*.bpmn")) {
            try (InputStream in = bpmn.getInputStream()) {
                Bpmn.readModelFromStream(in).getModelElementsByType(Process.class).stream()
                        .filter(Process::isExecutable)
                        .map(Process::getId)
                        .forEach(processKeys::add);
            }
        }
        assertThat(processKeys).as("the shipped processes").hasSizeGreaterThanOrEqualTo(13);
        assertThat(modulesByKey.keySet())
                .as("a module per process, none for a process that is not there")
                .isEqualTo(processKeys);
        assertThat(modulesByKey)
                .as("one module per process")
                .allSatisfy((key, classes) -> assertThat(classes).hasSize(1));

        Set<String> claimed =
                modules.stream().flatMap(m -> m.resources().stream()).collect(Collectors.toSet());
        var resolver = new PathMatchingResourcePatternResolver();
        for (String pattern : new String[] {"processes/*.bpmn", "processes/*.dmn", "forms/*.form"}) {
            for (Resource r : resolver.getResources("classpath:" + pattern)) {
                String name = pattern.substring(0, pattern.indexOf('/') + 1) + r.getFilename();
                assertThat(claimed)
                        .as("a module says which process uses " + name)
                        .contains(name);
            }
        }
    }

    @Test
    void everyModuleAgreesWithItsBpmn() {
        Map<String, List<String>> problems = new TreeMap<>();
        for (ProcessModule module : modules) {
            List<String> found = problems(module);
            if (!found.isEmpty()) {
                problems.put(module.key(), found);
            }
        }
        assertThat(problems).as("modules that disagree with their processes").isEmpty();
    }

    @Test
    void aModuleThatDisagreesWithItsBpmn_isCaught() {
        ProcessModule needsTalk = ProcessModule.find(modules, "needs-talk").orElseThrow();
        ProcessModule wrong = new ProcessModule() {
            @Override
            public String key() {
                return "needs-talk";
            }

            @Override
            public List<String> resources() {
                return needsTalk.resources().subList(0, needsTalk.resources().size() - 1);
            }

            @Override
            public List<StartDoor> startDoors() {
                return List.of(new StartDoor(
                        "samtale", "x", "x", List.of("requestAbout"), Set.of(StartDoor.Starter.GUARDIAN)));
            }

            @Override
            public Optional<MeetingTimePlace> meeting() {
                return Optional.of(new MeetingTimePlace("Behovssamtale", "talkBegins", "talkPlace", null, false));
            }

            @Override
            public Set<DocumentKind> documents() {
                return Set.of(DocumentKind.ACTION_PLAN);
            }

            @Override
            public Optional<OutcomeCount> outcomes() {
                return Optional.of(new OutcomeCount("x", "x", "x", Map.of("end-talk-held", OutcomeCount.Outcome.HELD)));
            }

            @Override
            public List<LateTaskFilter> lateTaskFilters() {
                return List.of(new LateTaskFilter("x", "x", "publishWeeklyPlan"));
            }

            @Override
            public List<Evidence> evidence() {
                return List.of(Evidence.passedIf(Occurrence.What.NEEDS_TALK_HELD, "recordTalk", "end-talk-recorded"));
            }
        };
        assertThat(String.join("\n", problems(wrong)))
                .contains(
                        "forms/needs-talk-team.form",
                        "talkBegins",
                        "end-talk-held",
                        "publishWeeklyPlan",
                        "end-talk-recorded",
                        "ACTION_PLAN",
                        "has no start form");
    }

    /** What is wrong with a module, in words; empty when it agrees with its process. */
    private static List<String> problems(ProcessModule module) {
        List<String> problems = new ArrayList<>();
        String bpmnName = module.resources().isEmpty() ? "" : module.resources().get(0);
        if (!bpmnName.startsWith("processes/") || !bpmnName.endsWith(".bpmn")) {
            return List.of("its first resource is not its BPMN: " + bpmnName);
        }
        module.resources().stream().filter(r -> !exists(r)).forEach(r -> problems.add("no such resource " + r));
        if (!exists(bpmnName)) {
            return problems;
        }
        String xml = read(bpmnName);
        BpmnModelInstance model = Bpmn.readModelFromStream(stream(bpmnName));
        if (model.getModelElementsByType(Process.class).stream()
                .noneMatch(p -> p.getId().equals(module.key()) && p.isExecutable())) {
            problems.add(bpmnName + " has no executable process " + module.key());
        }

        // forms: exactly those the model refers to
        Set<String> formRefs = new TreeSet<>();
        for (FlowElement e : model.getModelElementsByType(FlowElement.class)) {
            String ref = e.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
            if (ref != null) {
                formRefs.add("forms/" + ref + ".form");
            }
        }
        Set<String> declaredForms = module.resources().stream()
                .filter(r -> r.startsWith("forms/"))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!declaredForms.equals(formRefs)) {
            problems.add("declares the forms " + declaredForms + " but the model uses " + formRefs);
        }
        // decisions: each one the model calls is in a declared DMN
        Set<String> decisions = new TreeSet<>();
        module.resources().stream().filter(r -> r.endsWith(".dmn") && exists(r)).forEach(r -> {
            try (InputStream in = stream(r)) {
                Dmn.readModelFromStream(in)
                        .getModelElementsByType(Decision.class)
                        .forEach(d -> decisions.add(d.getId()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            String ref = task.getCamundaDecisionRef();
            if (ref != null && !decisions.contains(ref)) {
                problems.add("the model calls the decision " + ref + ", which no declared DMN holds");
            }
        }

        Written written = written(module, xml);
        module.meeting()
                .ifPresent(m -> Stream.of(m.startVariable(), m.placeVariable(), m.minutesVariable())
                        .filter(v -> v != null && !written.has(v))
                        .forEach(v ->
                                problems.add("the meeting's variable " + v + " is written nowhere in its process")));

        // a door passes the fields of the process's start form
        Set<String> startFields = model.getModelElementsByType(StartEvent.class).stream()
                .map(s -> s.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef"))
                .filter(ref -> ref != null && exists("forms/" + ref + ".form"))
                .flatMap(ref -> formKeys(read("forms/" + ref + ".form")).stream())
                .collect(Collectors.toSet());
        for (StartDoor door : module.startDoors()) {
            if (startFields.isEmpty()) {
                problems.add("the door " + door.path() + " starts a process that has no start form");
            }
            door.fields().stream()
                    .filter(f -> !startFields.contains(f))
                    .forEach(f -> problems.add(
                            "the door " + door.path() + " passes " + f + ", not a field of the start form"));
        }

        module.outcomes()
                .ifPresent(o -> o.endEvents().keySet().stream()
                        .filter(id -> !(model.getModelElementById(id) instanceof EndEvent))
                        .forEach(id -> problems.add("counts the end event " + id + ", which the model does not have")));
        // evidence: compliance reads these steps from the history, so they must be steps of the model
        module.evidence().stream()
                .flatMap(e -> Stream.of(e.activityId(), e.confirmedBy()))
                .filter(id -> id != null && !(model.getModelElementById(id) instanceof FlowNode))
                .forEach(id -> problems.add("reads the step " + id + " as evidence, which the model does not have"));
        module.lateTaskFilters().stream()
                .map(LateTaskFilter::taskDefinitionKey)
                .filter(id -> !(model.getModelElementById(id) instanceof UserTask))
                .forEach(id -> problems.add("filters the user task " + id + ", which the model does not have"));

        // documents: exactly the kinds its document steps write
        boolean writesDocuments = xml.contains("${writeDocumentDelegate}");
        if (writesDocuments != !module.documents().isEmpty()) {
            problems.add(
                    writesDocuments
                            ? "the model writes documents, the module declares none"
                            : "declares documents " + module.documents() + " but the model has no document step");
        }
        Matcher stepKinds = DOCUMENT_STEP_KIND.matcher(xml);
        while (stepKinds.find()) {
            if (module.documents().stream().noneMatch(k -> k.name().equals(stepKinds.group(1)))) {
                problems.add("the model writes " + stepKinds.group(1) + ", the module does not declare it");
            }
        }
        for (DocumentKind kind : module.documents()) {
            if (!xml.contains("name=\"documentKind\">" + kind.name() + "<")
                    && !written.ownJavaMentions("DocumentKind." + kind.name())) {
                problems.add("declares the document " + kind.name() + ", which neither the model nor its Java writes");
            }
        }
        return problems;
    }

    /**
     * Where a module's variables may be written: its package's models and forms, its package's Java, and the Java of
     * other processes' beans its model runs (the learning conversation books with the conference's booking step).
     */
    private record Written(List<String> models, Set<String> formKeys, List<String> ownJava, List<String> calledJava) {

        boolean has(String variable) {
            Pattern inExpression = Pattern.compile("\\$\\{[^}]*\\b" + Pattern.quote(variable) + "\\b[^}]*}");
            String literal = "\"" + variable + "\"";
            return formKeys.contains(variable)
                    || models.stream()
                            .anyMatch(x -> x.contains("=" + literal)
                                    || inExpression.matcher(x).find())
                    || ownJavaMentions(literal)
                    || calledJava.stream().anyMatch(j -> j.contains(literal));
        }

        boolean ownJavaMentions(String text) {
            return ownJava.stream().anyMatch(j -> j.contains(text));
        }
    }

    private static Written written(ProcessModule module, String xml) {
        String pkg = module.getClass().getPackageName();
        List<ProcessModule> siblings = modules.stream()
                .filter(m -> m.getClass().getPackageName().equals(pkg))
                .toList();
        List<String> models = new ArrayList<>(List.of(xml));
        Set<String> keys = new LinkedHashSet<>();
        Path ownDir = JAVA.resolve(pkg.replace('.', '/'));
        Set<Path> processDirs = modules.stream()
                .map(m -> JAVA.resolve(m.getClass().getPackageName().replace('.', '/')))
                .collect(Collectors.toSet());
        Set<Path> calledDirs = new LinkedHashSet<>();
        for (ProcessModule sibling : siblings.contains(module) ? siblings : List.of(module)) {
            for (String r : sibling.resources()) {
                if (!exists(r)) {
                    continue;
                }
                if (r.endsWith(".bpmn")) {
                    models.add(read(r));
                } else if (r.endsWith(".form")) {
                    keys.addAll(formKeys(read(r)));
                }
            }
        }
        // another process's bean the model calls (a shared booking step) writes variables too; the shared floors'
        // steps (documents, messages) write none a module names
        Matcher called = CALLED_BEAN.matcher(xml);
        while (called.find()) {
            Path dir = beans.get(called.group(1));
            if (dir != null && processDirs.contains(dir) && !dir.equals(ownDir)) {
                calledDirs.add(dir);
            }
        }
        List<String> calledJava = new ArrayList<>();
        calledDirs.forEach(dir -> calledJava.addAll(javaIn(dir)));
        return new Written(models, keys, javaIn(ownDir), calledJava);
    }

    private static List<String> javaIn(Path dir) {
        List<String> java = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                java.add(Files.readString(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java;
    }

    private static Set<String> formKeys(String formJson) {
        Set<String> keys = new TreeSet<>();
        Matcher m = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"").matcher(formJson);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    /** Every concrete {@link ProcessModule} in the product, made without Spring (collaborators null: only declarations are read). */
    private static List<ProcessModule> scanModules() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(ProcessModule.class));
        List<ProcessModule> found = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("dk.skolehjem")) {
            try {
                Constructor<?> constructor =
                        Class.forName(candidate.getBeanClassName()).getDeclaredConstructors()[0];
                constructor.setAccessible(true);
                found.add((ProcessModule) constructor.newInstance(new Object[constructor.getParameterCount()]));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(candidate.getBeanClassName(), e);
            }
        }
        return found;
    }

    private static boolean exists(String resource) {
        return ProcessModulesTest.class.getClassLoader().getResource(resource) != null;
    }

    private static InputStream stream(String resource) {
        return ProcessModulesTest.class.getClassLoader().getResourceAsStream(resource);
    }

    private static String read(String resource) {
        try (InputStream in = stream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
