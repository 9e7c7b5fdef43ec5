package dk.skolehjem.concern;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.engine.AsSystem;
import dk.skolehjem.engine.EngineDates;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes a closed concern when the school's retention time is over (L10): in one transaction its documents (and who
 * downloaded them), its messages, its records, and the engine's history of the case and of the guardians' consent,
 * so nothing of it outlives the rest. The process's historyTimeToLive (ten years, the longest a principle may set)
 * lets Camunda's own history cleanup catch anything this ever missed.
 */
@Component
public class ConcernRetention {

    private static final Logger LOG = LoggerFactory.getLogger(ConcernRetention.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final HistoryService history;
    private final IdentityService identity;
    private final RuntimeService runtime;
    private final TransactionTemplate transaction;

    ConcernRetention(NamedParameterJdbcTemplate jdbc, HistoryService history, IdentityService identity,
            RuntimeService runtime, TransactionTemplate transaction) {
        this.jdbc = jdbc;
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
        List<String> expired = jdbc.queryForList("select process_instance_id from app.concern_case where closed_at is not null "
                + "and retain_until < :today", Map.of("today", Date.valueOf(EngineDates.today())), String.class);
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
        boolean running = AsSystem.call(identity, () -> runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0);
        if (running) {
            LOG.warn("Bekymringen {} er lukket, men processen kører stadig; den slettes, når den er afsluttet", id);
            return false;
        }
        List<String> instances = new ArrayList<>(List.of(id));
        AsSystem.call(identity, () -> {
            history.createHistoricProcessInstanceQuery().superProcessInstanceId(id).list().stream()
                    .map(HistoricProcessInstance::getId).forEach(instances::add);
            // the triage's decisions are part of the case's history too
            List<String> decisions = history.createHistoricDecisionInstanceQuery().processInstanceId(id).list().stream()
                    .map(org.camunda.bpm.engine.history.HistoricDecisionInstance::getId).toList();
            if (!decisions.isEmpty()) {
                history.deleteHistoricDecisionInstancesBulk(decisions);
            }
            history.deleteHistoricProcessInstancesIfExists(instances);
            return null;
        });
        Map<String, Object> p = Map.of("id", id, "all", instances);
        jdbc.update("delete from app.document_download where document_id in (select d.id from app.document d "
                + "where d.process_instance_id = :id)", p);
        jdbc.update("update app.document set replaces_id = null where process_instance_id = :id", p);
        jdbc.update("delete from app.document where process_instance_id = :id", p);
        jdbc.update("delete from app.notification where process_instance_id in (:all)", p);
        jdbc.update("delete from app.case_invitation where process_instance_id = :id", p);
        for (String table : new String[] {"concern_read", "underretning_check", "underretning", "concern_consent",
                "concern_level_change", "concern_case"}) {
            jdbc.update("delete from app." + table + " where process_instance_id = :id", p);
        }
        return true;
    }
}
