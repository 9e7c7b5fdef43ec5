package dk.skolehjem.engine;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Defence in depth for "the server derives the child": every process that starts on someone's behalf (the person
 * authenticated in the command, or the {@code requestedBy} the product's start service names) must be about a
 * child, class and school the roster entitles that person to, or it does not start. Added to every process as a
 * built-in listener, so even {@code skipCustomListeners} cannot skip it. Called processes inherit their caller's
 * check.
 */
final class StartEntitlementListener extends AbstractBpmnParseListener implements ExecutionListener {

    private final StartEntitlement entitlement;

    StartEntitlementListener(StartEntitlement entitlement) {
        this.entitlement = entitlement;
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, this);
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.getSuperExecution() != null) {
            return;
        }
        String person = onBehalfOf(execution);
        String businessKey = execution.getProcessBusinessKey();
        if (person == null || businessKey == null) {
            return;
        }
        if (!entitlement.entitled(person, businessKey)) {
            throw new AuthorizationException(person + " kan ikke starte "
                    + execution.getProcessDefinitionId().split(":")[0] + " om " + businessKey
                    + ": det giver skolens oplysninger ikke adgang til.");
        }
    }

    /** The person in the command, else the requester the system names; null for the system's own starts. */
    private static String onBehalfOf(DelegateExecution execution) {
        String authenticated = ActingUser.id().orElse(null);
        if (authenticated != null) {
            return authenticated;
        }
        Object requestedBy = execution.getVariable("requestedBy");
        if (!(requestedBy instanceof String id) || id.isBlank()) {
            return null;
        }
        // a display text such as "klasseteamet" names no login; only a real person is checked
        boolean known = execution
                        .getProcessEngineServices()
                        .getIdentityService()
                        .createUserQuery()
                        .userId(id)
                        .count()
                == 1;
        return known ? id : null;
    }
}
