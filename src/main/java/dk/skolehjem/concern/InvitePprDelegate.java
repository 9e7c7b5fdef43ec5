package dk.skolehjem.concern;

import dk.skolehjem.minutes.CaseInvitations;
import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.RosterRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Giv PPR adgang til sagen": only after every guardian with custody consented (L4), and only to this case. */
@Component("invitePprDelegate")
class InvitePprDelegate implements JavaDelegate {

    private final RosterRepository roster;
    private final CaseInvitations invitations;

    InvitePprDelegate(RosterRepository roster, CaseInvitations invitations) {
        this.roster = roster;
        this.invitations = invitations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!Boolean.TRUE.equals(execution.getVariable("consentGiven"))) {
            throw new IllegalStateException("PPR kan ikke inddrages uden forældrenes samtykke");
        }
        String school = ClassYearKey.parse(execution.getProcessBusinessKey()).schoolId();
        for (String ppr : roster.pprStaff(school)) {
            invitations.invite(execution.getProcessInstanceId(), ppr);
        }
    }
}
