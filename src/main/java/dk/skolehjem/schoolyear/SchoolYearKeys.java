package dk.skolehjem.schoolyear;

import dk.skolehjem.roster.ClassYearKey;
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

    public String teamGroup(DelegateExecution execution) {
        ClassYearKey key = key(execution);
        return GroupIds.team(key.schoolId(), key.classCode());
    }

    public String councilGroup(DelegateExecution execution) {
        ClassYearKey key = key(execution);
        return GroupIds.council(key.schoolId(), key.classCode());
    }

    public String leadershipGroup(DelegateExecution execution) {
        return GroupIds.leadership(key(execution).schoolId());
    }

    /** The school's PPR (a concern's network meeting, after the guardians' consent). */
    public String pprGroup(DelegateExecution execution) {
        return GroupIds.ppr(key(execution).schoolId());
    }

    /** 23:59 on 31 July of the school year, Copenhagen time. */
    public Date lastDay(DelegateExecution execution) {
        return LoadSchoolPolicyDelegate.endOfDay(key(execution).year().end());
    }

    private static ClassYearKey key(DelegateExecution execution) {
        return ClassYearKey.parse(execution.getProcessBusinessKey());
    }
}
