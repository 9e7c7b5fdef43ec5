package dk.skolehjem.schoolyear;

import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.roster.GroupIds;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who a school-year task goes to and when the year ends, read from the business key
 * ({@code <year>:<school>:<class>}) and never from process variables: Tasklist writes back whatever variables a
 * form submits, so a variable could be changed by the person completing a task; the business key cannot.
 */
@Component("schoolYearKeys")
public class SchoolYearKeys {

    /** A parsed business key. */
    public record Key(SchoolYear year, String schoolId, String classCode) {

        public static Key parse(String businessKey) {
            String[] parts = businessKey == null ? new String[0] : businessKey.split(":");
            if (parts.length != 3 || parts[1].isBlank() || parts[2].isBlank()) {
                throw new IllegalArgumentException("Forretningsnøglen skal være skoleår:skole:klasse, ikke '" + businessKey + "'");
            }
            return new Key(SchoolYear.parse(parts[0]), parts[1], parts[2]);
        }
    }

    public String teamGroup(DelegateExecution execution) {
        Key key = key(execution);
        return GroupIds.team(key.schoolId(), key.classCode());
    }

    public String councilGroup(DelegateExecution execution) {
        Key key = key(execution);
        return GroupIds.council(key.schoolId(), key.classCode());
    }

    public String leadershipGroup(DelegateExecution execution) {
        return GroupIds.leadership(key(execution).schoolId());
    }

    /** 23:59 on 31 July of the school year, Copenhagen time. */
    public Date lastDay(DelegateExecution execution) {
        return LoadSchoolPolicyDelegate.endOfDay(key(execution).year().end());
    }

    private static Key key(DelegateExecution execution) {
        return Key.parse(execution.getProcessBusinessKey());
    }
}
