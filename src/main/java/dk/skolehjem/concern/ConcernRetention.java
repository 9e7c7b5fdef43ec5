package dk.skolehjem.concern;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.engine.AsSystem;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.engine.ProcessModule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes a closed concern when the school's retention time is over (L10): in one transaction the engine's history of
 * the case and of the guardians' consent, and whatever each of those instances left elsewhere, erased by its process
 * module through the packages that own the tables (documents and who downloaded them, messages, invitations, the
 * concern's records), so nothing of it outlives the rest. The process's historyTimeToLive (ten years, the longest a
 * principle may set) lets Camunda's own history cleanup catch anything this ever missed.
 */
@Component
public class ConcernRetention {

    private static final Logger LOG = LoggerFactory.getLogger(ConcernRetention.class);

    private final ConcernCases cases;
    private final ConcernModule concern;
    private final List<ProcessModule> modules;
    private final HistoryService history;
    private final IdentityService identity;
    private final RuntimeService runtime;
    private final TransactionTemplate transaction;

    ConcernRetention(
            ConcernCases cases,
            ConcernModule concern,
            List<ProcessModule> modules,
            HistoryService history,
            IdentityService identity,
            RuntimeService runtime,
            TransactionTemplate transaction) {
        this.cases = cases;
        this.concern = concern;
        this.modules = modules;
        this.history = history;
        this.identity = identity;
        this.runtime = runtime;
        this.transaction = transaction;
    }

    @Scheduled(cron = "${skolehjem.concern.retention-cron:0 30 2 * * *}", zone = DanishDates.ZONE_ID)
    void nightly() {
        int deleted = deleteExpired();
        if (deleted > 0) {
            LOG.info("Deleted {} closed concern(s) whose retention time was over", deleted);
        }
    }

    /**
     * Deletes every closed concern kept until before today, each in its own transaction, so one that cannot be
     * deleted (its process still running) does not hold back the others; returns how many were deleted.
     */
    public int deleteExpired() {
        List<String> expired = cases.expired(EngineDates.today());
        int deleted = 0;
        for (String id : expired) {
            try {
                if (Boolean.TRUE.equals(transaction.execute(tx -> delete(id)))) {
                    deleted++;
                }
            } catch (RuntimeException e) {
                LOG.warn("Bekymringen {} kunne ikke slettes efter opbevaringstiden: {}", id, e.getMessage());
            }
        }
        return deleted;
    }

    private boolean delete(String id) {
        boolean running = AsSystem.call(
                identity,
                () -> runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0);
        if (running) {
            LOG.warn("Bekymringen {} er lukket, men processen kører stadig; den slettes, når den er afsluttet", id);
            return false;
        }
        // the processes the case called (the guardians' consent), each erased by its own module
        Map<String, String> called = new LinkedHashMap<>();
        AsSystem.call(identity, () -> {
            history.createHistoricProcessInstanceQuery()
                    .superProcessInstanceId(id)
                    .list()
                    .forEach(p -> called.put(p.getId(), p.getProcessDefinitionKey()));
            // the triage's decisions are part of the case's history too
            List<String> decisions = history.createHistoricDecisionInstanceQuery().processInstanceId(id).list().stream()
                    .map(org.camunda.bpm.engine.history.HistoricDecisionInstance::getId)
                    .toList();
            if (!decisions.isEmpty()) {
                history.deleteHistoricDecisionInstancesBulk(decisions);
            }
            List<String> instances = new ArrayList<>(List.of(id));
            instances.addAll(called.keySet());
            history.deleteHistoricProcessInstancesIfExists(instances);
            return null;
        });
        concern.erase(id);
        called.forEach((instance, key) -> ProcessModule.find(modules, key)
                .orElseThrow(() -> new IllegalStateException("Intet procesmodul for " + key))
                .erase(instance));
        return true;
    }
}
