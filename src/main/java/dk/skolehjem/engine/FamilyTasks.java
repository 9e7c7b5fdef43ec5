package dk.skolehjem.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The family's tasks as the parent portal sees them: which open tasks a guardian or council member may answer, the
 * form each shows, and its completion on their behalf. Families have no engine rights of their own, so every call
 * here runs as the system after the task's own candidates (and, in the portal, the roster) said the person may act.
 */
@Service
public class FamilyTasks {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What became of a submission. */
    public enum Outcome {
        /** The answer completed the task. */
        DONE,
        /** Somebody in the family (or a double tap) answered first; nothing was changed. */
        ALREADY_ANSWERED,
        /** The database could not take the answer in time (a lock wait); nothing was changed, it may be sent again. */
        BUSY
    }

    private final TaskService tasks;
    private final HistoryService history;
    private final FormService forms;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final ProcessEngineConfigurationImpl configuration;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ReceivedAnswers received;
    private final FormCheck formCheck;
    /** Parsed deployed forms, as {@link #deployedForms}, for checking an answer before the engine takes it. */
    private final Map<String, FormDefinition> definitions = new ConcurrentHashMap<>();

    private final Map<String, Set<String>> familyTasksByDefinition = new ConcurrentHashMap<>();
    private final Map<String, String> processNames = new ConcurrentHashMap<>();
    /** Deployed forms by process definition and task ("definitionId#taskKey"): they never change once deployed. */
    private final Map<String, JsonNode> deployedForms = new ConcurrentHashMap<>();

    FamilyTasks(
            TaskService tasks,
            HistoryService history,
            FormService forms,
            RepositoryService repository,
            IdentityService identity,
            ProcessEngineConfigurationImpl configuration,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            ReceivedAnswers received,
            FormCheck formCheck) {
        this.jdbc = jdbc;
        this.received = received;
        this.formCheck = formCheck;
        this.transaction = new TransactionTemplate(transactions);
        this.tasks = tasks;
        this.history = history;
        this.forms = forms;
        this.repository = repository;
        this.identity = identity;
        this.configuration = configuration;
    }

    /** The person's open family tasks, about any child or class, oldest deadline first. */
    public List<FamilyTask> openFor(String userId, Collection<String> groups) {
        return AsSystem.call(identity, () -> {
            Map<String, Task> found = new LinkedHashMap<>();
            tasks.createTaskQuery()
                    .taskCandidateUser(userId)
                    .includeAssignedTasks()
                    .list()
                    .forEach(t -> found.put(t.getId(), t));
            tasks.createTaskQuery().taskAssignee(userId).list().forEach(t -> found.put(t.getId(), t));
            if (!groups.isEmpty()) {
                tasks.createTaskQuery()
                        .taskCandidateGroupIn(List.copyOf(groups))
                        .list()
                        .forEach(t -> found.put(t.getId(), t));
            }
            java.util.Set<String> waiting = received.waiting(found.keySet());
            return found.values().stream()
                    .filter(t -> !waiting.contains(t.getId()))
                    .filter(this::isFamilyTask)
                    .sorted(Comparator.comparing(Task::getCreateTime))
                    .map(this::view)
                    .toList();
        });
    }

    /** The open task, if it is a family task this person is a candidate for (by name, assignment or group). */
    public Optional<FamilyTask> open(String userId, Collection<String> groups, String taskId) {
        if (taskId != null && received.received(taskId).isPresent()) {
            return Optional.empty(); // answered; the engine completes it in a moment
        }
        return AsSystem.call(identity, () -> {
            Task task = taskId == null
                    ? null
                    : tasks.createTaskQuery().taskId(taskId).singleResult();
            try {
                if (task == null || !isFamilyTask(task) || !isFor(task, userId, groups)) {
                    return Optional.empty();
                }
                return Optional.of(view(task));
            } catch (org.camunda.bpm.engine.exception.NullValueException | NullPointerException e) {
                // answered (by the other guardian) between the question and the look at its candidates; Camunda's
                // reads meet the vanished task or execution as a null (its own NullPointerException included)
                if (isOpen(taskId)) {
                    throw e;
                }
                return Optional.empty();
            }
        });
    }

    /** The task, if it was a family task for this person and is done: the family's answer was received. */
    public Optional<FamilyTask> answered(String userId, Collection<String> groups, String taskId) {
        return AsSystem.call(identity, () -> {
            var done = taskId == null
                    ? null
                    : history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
            if (done == null
                    || (done.getEndTime() == null && received.received(taskId).isEmpty())
                    || !isFamilyTask(done.getProcessDefinitionId(), done.getTaskDefinitionKey())) {
                return Optional.empty();
            }
            boolean theirs = userId.equals(done.getAssignee())
                    || history.createHistoricIdentityLinkLogQuery().taskId(taskId).list().stream()
                            .anyMatch(l -> userId.equals(l.getUserId())
                                    || (l.getGroupId() != null && groups.contains(l.getGroupId())));
            if (!theirs) {
                return Optional.empty();
            }
            var instance = history.createHistoricProcessInstanceQuery()
                    .processInstanceId(done.getProcessInstanceId())
                    .singleResult();
            return Optional.of(new FamilyTask(
                    done.getId(),
                    done.getName(),
                    ProcessModule.keyOf(done.getProcessDefinitionId()),
                    processName(done.getProcessDefinitionId()),
                    instance == null ? null : instance.getBusinessKey(),
                    done.getProcessInstanceId(),
                    null,
                    done.getDueDate(),
                    done.getStartTime(),
                    done.getProcessDefinitionId(),
                    done.getTaskDefinitionKey()));
        });
    }

    /**
     * The task's form as deployed (with its code lists filled in), for the portal to render. A task's form is bound
     * to its deployment, so it is read from the database once per process definition and task, not per page.
     * Empty when the task was completed (by the other guardian) before its form could be read.
     */
    public Optional<JsonNode> form(FamilyTask task) {
        JsonNode cached = deployedForms.get(task.definitionId() + "#" + task.taskKey());
        if (cached != null) {
            return Optional.of(cached);
        }
        return AsSystem.call(identity, () -> {
            try (InputStream in = forms.getDeployedTaskForm(task.id())) {
                JsonNode form = JSON.readTree(in);
                deployedForms.put(task.definitionId() + "#" + task.taskKey(), form);
                return Optional.of(form);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NullPointerException | org.camunda.bpm.engine.exception.NullValueException gone) {
                // Camunda's form command does not expect the task to vanish while it reads it
                return Optional.<JsonNode>empty();
            }
        });
    }

    /** The variables the task's form reads; empty when the task was completed meanwhile. */
    public Optional<Map<String, Object>> variablesIfOpen(FamilyTask task) {
        return AsSystem.call(identity, () -> {
            try {
                return Optional.of(tasks.getVariables(task.id()));
            } catch (org.camunda.bpm.engine.exception.NullValueException gone) {
                return Optional.<Map<String, Object>>empty();
            }
        });
    }

    /**
     * Takes the family's answer to the task whose {@code variables} the form was shown with. An answer the database
     * decides first (a booking) is checked against the form, received with its decision in one short transaction and
     * completed by the engine just after; any other answer completes the task at once ({@link #complete}). Refused in
     * Danish (a {@link FormInput#refused}) as the form check would refuse it.
     */
    public Outcome answer(
            String userId,
            Collection<String> groups,
            FamilyTask task,
            Map<String, Object> answers,
            Map<String, Object> variables) {
        var decider = received.decider(task, variables);
        if (decider.isEmpty()) {
            return complete(userId, groups, task.id(), answers);
        }
        var form = definition(task);
        if (form.isEmpty()) {
            return Outcome.ALREADY_ANSWERED;
        }
        Map<String, Object> values = new java.util.HashMap<>(variables);
        values.putAll(answers);
        formCheck.before(form.get(), values);
        return received.receive(task, variables, userId, groups, answers, decider.get());
    }

    /** The receipt line of an answer received before the engine completed its task (the booked time), if any. */
    public Optional<String> receipt(String taskId) {
        return received.received(taskId).filter(r -> !r.isEmpty());
    }

    private Optional<FormDefinition> definition(FamilyTask task) {
        String key = task.definitionId() + "#" + task.taskKey();
        FormDefinition cached = definitions.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        return form(task).map(json -> definitions.computeIfAbsent(key, k -> FormDefinition.parse(json)));
    }

    /**
     * Completes the task with the form's answers, as the system on the person's behalf: the form's check and rule
     * see them as the one acting, the history records them, and their own engine rights play no part. A second
     * submission (the other guardian, a double tap) finds the task gone and changes nothing.
     */
    public Outcome complete(String userId, Collection<String> groups, String taskId, Map<String, Object> answers) {
        if (open(userId, groups, taskId).isEmpty()) {
            return Outcome.ALREADY_ANSWERED;
        }
        try {
            return transaction.execute(status -> {
                // Both guardians of a family may press at once, on any node: the task's row is locked first, so the
                // second answer waits for the first to commit and then finds the task gone, instead of running the
                // form's check and rules against a task that is being completed.
                if (!lock(taskId)) {
                    return Outcome.ALREADY_ANSWERED;
                }
                EngineInternals.onBehalfOf(configuration, identity, userId, List.copyOf(groups), () -> {
                    tasks.complete(taskId, answers);
                    return null;
                });
                return Outcome.DONE;
            });
        } catch (OptimisticLockingException e) {
            return Outcome.ALREADY_ANSWERED;
        } catch (org.springframework.dao.TransientDataAccessException e) {
            // a lock wait or a dropped connection: the transaction was rolled back, so nothing was changed
            return stillOpen(taskId) ? Outcome.BUSY : Outcome.ALREADY_ANSWERED;
        } catch (ProcessEngineException e) {
            if (AsSystem.call(
                            identity,
                            () -> tasks.createTaskQuery().taskId(taskId).count())
                    == 0) {
                return Outcome.ALREADY_ANSWERED;
            }
            throw e;
        }
    }

    private boolean stillOpen(String taskId) {
        return isOpen(taskId);
    }

    /** Whether the task is still waiting for an answer. */
    public boolean isOpen(String taskId) {
        return AsSystem.call(
                        identity, () -> tasks.createTaskQuery().taskId(taskId).count())
                > 0;
    }

    private boolean lock(String taskId) {
        return !jdbc.queryForList("select ID_ from ACT_RU_TASK where ID_ = ? for update", String.class, taskId)
                .isEmpty();
    }

    /** Whether a task of this process definition belongs to a family lane. */
    public boolean isFamilyTask(String processDefinitionId, String taskDefinitionKey) {
        if (processDefinitionId == null) {
            return false;
        }
        return familyTasksByDefinition
                .computeIfAbsent(processDefinitionId, id -> FamilyLanes.tasks(repository.getBpmnModelInstance(id)))
                .contains(taskDefinitionKey);
    }

    private boolean isFamilyTask(Task task) {
        return isFamilyTask(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
    }

    private boolean isFor(Task task, String userId, Collection<String> groups) {
        if (userId.equals(task.getAssignee())) {
            return true;
        }
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (userId.equals(link.getUserId()) || (link.getGroupId() != null && groups.contains(link.getGroupId()))) {
                return true;
            }
        }
        return false;
    }

    private FamilyTask view(Task task) {
        String definition = task.getProcessDefinitionId();
        String processName = processName(definition);
        var instance = task.getProcessInstanceId() == null
                ? null
                : configuration
                        .getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(task.getProcessInstanceId())
                        .singleResult();
        if (instance == null) {
            throw new org.camunda.bpm.engine.exception.NullValueException("Opgavens proces er afsluttet");
        }
        String businessKey = instance.getBusinessKey();
        return new FamilyTask(
                task.getId(),
                task.getName(),
                ProcessModule.keyOf(definition),
                processName,
                businessKey,
                task.getProcessInstanceId(),
                formId(task),
                task.getDueDate(),
                task.getCreateTime(),
                definition,
                task.getTaskDefinitionKey());
    }

    private String processName(String definition) {
        return processNames.computeIfAbsent(definition, id -> {
            var d = repository.getProcessDefinition(id);
            return d.getName() == null ? d.getKey() : d.getName();
        });
    }

    private String formId(Task task) {
        var element = repository
                .getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey());
        return element instanceof org.camunda.bpm.model.bpmn.instance.UserTask u ? u.getCamundaFormRef() : null;
    }
}
