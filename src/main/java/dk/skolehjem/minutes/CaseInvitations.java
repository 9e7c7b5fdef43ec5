package dk.skolehjem.minutes;

import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Which PPR staff are invited to which case (a process instance), after the guardians' consent (L4). Invitations
 * can be withdrawn; PPR then reads that case's documents no more.
 */
@Service
public class CaseInvitations {

    private final NamedParameterJdbcTemplate jdbc;

    public CaseInvitations(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void invite(String processInstanceId, String userId) {
        if (!isInvited(processInstanceId, userId)) {
            jdbc.update(
                    "insert into app.case_invitation (process_instance_id, user_id, invited_at) "
                            + "values (:p, :u, current_timestamp)",
                    Map.of("p", processInstanceId, "u", userId));
        }
    }

    public void withdraw(String processInstanceId, String userId) {
        jdbc.update(
                "delete from app.case_invitation where process_instance_id = :p and user_id = :u",
                Map.of("p", processInstanceId, "u", userId));
    }

    /** Forgets every invitation to the case: only for retention (L10), with the rest of the case. */
    public void eraseCase(String processInstanceId) {
        jdbc.update("delete from app.case_invitation where process_instance_id = :p", Map.of("p", processInstanceId));
    }

    public java.util.List<String> invited(String processInstanceId) {
        return jdbc.queryForList(
                "select user_id from app.case_invitation where process_instance_id = :p order by user_id",
                Map.of("p", processInstanceId),
                String.class);
    }

    public boolean isInvited(String processInstanceId, String userId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select count(*) > 0 from app.case_invitation " + "where process_instance_id = :p and user_id = :u",
                Map.of("p", processInstanceId, "u", userId),
                Boolean.class));
    }
}
