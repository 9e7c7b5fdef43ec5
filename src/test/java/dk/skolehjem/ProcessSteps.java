package dk.skolehjem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Test aid: remembers what each process step handed to the delegates the process tests read back (a notification's
 * audience and kind, a message book entry, before the real delegate turns them into messages and rows), once the
 * real delegate has done its work.
 */
public final class ProcessSteps implements BeanPostProcessor {

    public static final String NOTIFY = "notifyDelegate";
    public static final String MESSAGE_BOOK = "writeMessageBookEntryDelegate";

    /** One finished step: the delegate's bean name, the business key, its input parameters and every variable. */
    public record Step(String delegate, String businessKey, Map<String, Object> local, Map<String, Object> variables) {

        public Object local(String name) {
            return local.get(name);
        }

        public Object variable(String name) {
            return variables.get(name);
        }
    }

    private static final Set<String> RECORDED = Set.of(NOTIFY, MESSAGE_BOOK);

    private final List<Step> steps = new CopyOnWriteArrayList<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (!RECORDED.contains(name) || !(bean instanceof JavaDelegate delegate)) {
            return bean;
        }
        return (JavaDelegate) execution -> {
            delegate.execute(execution);
            steps.add(new Step(
                    name,
                    execution.getProcessBusinessKey(),
                    new HashMap<>(execution.getVariablesLocal()),
                    new HashMap<>(execution.getVariables())));
        };
    }

    public List<Step> of(String delegate) {
        return steps.stream().filter(s -> s.delegate().equals(delegate)).toList();
    }

    public void clear() {
        steps.clear();
    }
}
