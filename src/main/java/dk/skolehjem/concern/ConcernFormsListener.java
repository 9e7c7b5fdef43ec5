package dk.skolehjem.concern;

import dk.skolehjem.engine.ActingUser;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.engine.FormInput;
import dk.skolehjem.minutes.MeetingDocument;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Server-side checks of every concern form, with the field's Danish label in the refusal, and what follows from an
 * answer: the level leadership chose (with its reason recorded), the next follow-up date, an escalation when a
 * follow-up finds the worry unresolved.
 */
@Component("concernFormsListener")
class ConcernFormsListener implements TaskListener, ExecutionListener {

    static final Set<String> CATEGORIES = Set.of("trivsel", "laering", "konflikt", "fravaer", "adfaerd", "hjemforhold", "andet");
    static final Set<String> URGENCIES = Set.of("lav", "middel", "hoej");
    static final Set<String> CONTACT = Set.of("telefon", "moede");

    private final ConcernCases cases;

    ConcernFormsListener(ConcernCases cases) {
        this.cases = cases;
    }

    /** The registration, before anything else happens. */
    @Override
    public void notify(DelegateExecution execution) {
        String user = ActingUser.id().orElse(null);
        if (user != null) {
            // whoever is logged in raised it; a submitted "requestedBy" cannot name somebody else
            execution.setVariable("requestedBy", user);
        }
        FormInput in = FormInput.of(execution);
        choice(in.requiredText("category", "Hvad drejer bekymringen sig om?", 20), CATEGORIES, "Vælg en kategori i listen.");
        in.requiredText("description", "Beskriv bekymringen", FormInput.MAX_TEXT);
        LocalDate since = in.requiredDate("concernSince", "Siden hvornår?");
        if (since.isAfter(EngineDates.today())) {
            throw FormInput.refused("Feltet 'Siden hvornår?' kan ikke ligge i fremtiden.");
        }
        in.optionalText("tried", "Hvad er allerede prøvet?", FormInput.MAX_TEXT);
        execution.setVariable("earlierAttempts", execution.getVariable("earlierAttempts") == null ? 0
                : in.requiredNumber("earlierAttempts", "Hvor mange gange er det prøvet løst?", 0, 20));
        choice(in.requiredText("urgency", "Hvor meget haster det?", 10), URGENCIES, "Vælg, hvor meget det haster.");
        execution.setVariable("childAtRisk", in.optionalChoice("childAtRisk", "Kan barnet være i fare?"));
        in.optionalText("childView", "Hvad siger barnet selv?", FormInput.MAX_TEXT);
    }

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        String id = task.getProcessInstanceId();
        String by = ActingUser.idOr(task.getAssignee() != null ? task.getAssignee() : "ukendt");
        switch (task.getTaskDefinitionKey()) {
            case "reviewLevel" -> {
                int suggested = ((Number) task.getVariable("suggestedLevel")).intValue();
                int chosen = in.requiredNumber("chosenLevel", "Niveau", 1, 3);
                if (chosen != suggested) {
                    String reason = in.requiredText("levelReason", "Begrundelse for et andet niveau", FormInput.MAX_TEXT);
                    cases.changeLevel(id, suggested, chosen, "Ledelsen ændrede niveauet: " + reason, by);
                } else {
                    String note = in.optionalText("levelReason", "Begrundelse for et andet niveau", FormInput.MAX_TEXT);
                    cases.changeLevel(id, suggested, chosen, "Ledelsen bekræftede niveauet" + (note == null ? "" : ": " + note), by);
                }
                task.getExecution().setVariable("level", chosen);
            }
            case "contactGuardians" -> {
                choice(in.requiredText("contactedHow", "Hvordan talte I med forældrene?", 10), CONTACT,
                        "Tal med forældrene i telefon eller på et møde, ikke i beskeder.");
                LocalDate on = in.requiredDate("contactDate", "Hvornår talte I sammen?");
                if (on.isAfter(EngineDates.today())) {
                    throw FormInput.refused("Feltet 'Hvornår talte I sammen?' kan ikke ligge i fremtiden.");
                }
                in.requiredText("summary", "Hvad talte I om?", FormInput.MAX_TEXT);
                agreements(in);
                followUp(task, in, "followUpDate", "Hvornår følger I op?");
            }
            case "followUpDialogue", "followUpMeeting" -> {
                boolean resolved = yesNo(task, "resolved", "Er bekymringen løst?");
                String note = in.requiredText("followUpNote", "Hvad viste opfølgningen?", FormInput.MAX_TEXT);
                task.getExecution().setVariable("closingNote", note);
                if (!resolved) {
                    int level = ((Number) task.getVariable("level")).intValue();
                    cases.changeLevel(id, level, level + 1, "Ikke løst ved opfølgningen: " + note, by);
                    task.getExecution().setVariable("level", level + 1);
                }
            }
            case "planMeeting", "planNetworkMeeting" -> {
                LocalDate date = in.requiredDate("meetingDate", "Dato");
                LocalTime time = in.requiredTime("meetingTime", "Tidspunkt");
                String place = in.requiredText("meetingPlace", "Sted", 200);
                if (date.isBefore(EngineDates.today())) {
                    throw FormInput.refused("Feltet 'Dato' ligger i fortiden; vælg en dato fra i dag.");
                }
                if ("planNetworkMeeting".equals(task.getTaskDefinitionKey())) {
                    ExternalParticipants.parse(in.optionalText("externalParticipants", "Andre deltagere", 2000));
                }
                task.getExecution().setVariable("meetingStart", EngineDates.at(date.atTime(time)));
                task.getExecution().setVariable("meetingWhen", dk.skolehjem.calendar.DanishDates.day(date)
                        + String.format(" kl. %02d.%02d", time.getHour(), time.getMinute()));
                task.getExecution().setVariable("meetingPlace", place);
            }
            case "recordMeeting" -> {
                in.requiredText("meetingSummary", "Hvad blev der talt om?", FormInput.MAX_TEXT);
                agreements(in);
                followUp(task, in, "followUpDate", "Hvornår følges der op?");
            }
            case "decideWithoutConsent" -> {
                String next = in.requiredText("nextStep", "Hvad sker der nu?", 20);
                choice(next, Set.of("luk", "nyt-moede"), "Vælg et af de næste skridt i listen.");
                String reason = in.requiredText("decisionReason", "Begrundelse", FormInput.MAX_TEXT);
                task.getExecution().setVariable("closingNote", "Intet samtykke til PPR: " + reason);
                if ("nyt-moede".equals(next)) {
                    cases.changeLevel(id, 3, 2, "Intet samtykke til PPR; nyt møde med ledelsen: " + reason, by);
                    task.getExecution().setVariable("level", 2);
                }
            }
            case "preparePpr" -> in.requiredText("pprPreparation", "Hvad vil PPR tage op på mødet?", FormInput.MAX_TEXT);
            case "recordActionPlan" -> {
                in.requiredText("goals", "Mål", FormInput.MAX_TEXT);
                if (MeetingDocument.Agreement.fromLines(in.requiredText("actions", "Handlinger", FormInput.MAX_TEXT)).isEmpty()) {
                    throw FormInput.refused("Feltet 'Handlinger' skal have mindst én handling.");
                }
                followUp(task, in, "nextEvaluationDate", "Næste evaluering");
            }
            case "evaluateActionPlan" -> {
                String evaluation = in.requiredText("evaluation", "Hvordan går det med handleplanen?", FormInput.MAX_TEXT);
                boolean close = yesNo(task, "closeCase", "Kan sagen lukkes?");
                task.getExecution().setVariable("closingNote", evaluation);
                if (!close) {
                    followUp(task, in, "nextEvaluationDate", "Næste evaluering");
                }
            }
            case "missedDeadline" -> in.optionalText("missedNote", "Hvad er der gjort?", FormInput.MAX_TEXT);
            case "ensureUnderretning" -> {
                if (!in.optionalChoice("underretningSent", "Underretningen er sendt til kommunen")) {
                    throw FormInput.refused("Sæt kryds i 'Underretningen er sendt til kommunen', når den er sendt.");
                }
                cases.checkUnderretning(id, by, in.optionalText("underretningNote", "Bemærkning", FormInput.MAX_TEXT));
            }
            default -> throw new IllegalStateException("Ingen kontrol for opgaven " + task.getTaskDefinitionKey());
        }
    }

    /** A "ja"/"nej" answer, kept on the process as a yes/no value for the gateways. */
    private static boolean yesNo(DelegateTask task, String key, String label) {
        boolean answer = FormInput.of(task).requiredJaNej(key, label);
        task.getExecution().setVariable(key, answer);
        return answer;
    }

    private static void agreements(FormInput in) {
        MeetingDocument.Agreement.fromLines(in.optionalText("agreements", "Aftaler", FormInput.MAX_TEXT));
    }

    /** A follow-up date from tomorrow to a year ahead; the follow-up starts at 08:00 that day. */
    private static void followUp(DelegateTask task, FormInput in, String key, String label) {
        LocalDate day = in.requiredDate(key, label);
        if (!day.isAfter(EngineDates.today()) || day.isAfter(EngineDates.today().plusYears(1))) {
            throw FormInput.refused("Feltet '" + label + "' skal være en dato mellem i morgen og om et år.");
        }
        task.getExecution().setVariable("followUpAt", EngineDates.at(day.atTime(8, 0)));
    }

    private static void choice(String value, Set<String> allowed, String refusal) {
        if (!allowed.contains(value)) {
            throw FormInput.refused(refusal);
        }
    }
}
