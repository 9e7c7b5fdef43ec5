package dk.skolehjem.minutes;

import dk.skolehjem.access.CurrentUser;
import dk.skolehjem.roster.GroupIds;
import dk.skolehjem.roster.RosterRepository;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who may read a document: the class's team, the school's leadership, PPR once invited to the case, and the
 * student's guardians with custody (class documents: guardians with custody of a child in the class) unless the
 * document is internal. Nobody else, administrators included: they run the system, they do not read about children.
 */
@Component
public class DocumentAccess {

    private final RosterRepository roster;
    private final NamedParameterJdbcTemplate jdbc;

    DocumentAccess(RosterRepository roster, NamedParameterJdbcTemplate jdbc) {
        this.roster = roster;
        this.jdbc = jdbc;
    }

    public boolean canRead(CurrentUser user, StoredDocument d) {
        if (user.groups().contains(GroupIds.leadership(d.schoolId()))) {
            return true;
        }
        if (d.classCode() != null && user.groups().contains(GroupIds.team(d.schoolId(), d.classCode()))) {
            return true;
        }
        if (user.groups().contains(GroupIds.ppr(d.schoolId())) && d.processInstanceId() != null && invited(d, user)) {
            return true;
        }
        if (!d.forGuardians() || !user.groups().contains(GroupIds.guardians(d.schoolId()))) {
            return false;
        }
        return d.studentId() != null
                ? roster.hasCustody(d.schoolId(), d.studentId(), user.id())
                : d.classCode() != null && roster.hasCustodyInClass(d.schoolId(), d.classCode(), user.id());
    }

    private boolean invited(StoredDocument d, CurrentUser user) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select count(*) > 0 from app.case_invitation "
                + "where process_instance_id = :p and user_id = :u", Map.of("p", d.processInstanceId(), "u", user.id()),
                Boolean.class));
    }
}
