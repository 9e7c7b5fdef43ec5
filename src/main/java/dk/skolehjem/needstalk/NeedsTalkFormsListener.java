package dk.skolehjem.needstalk;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.engine.FormInput;
import dk.skolehjem.roster.ClassYearKey;
import java.time.LocalDate;
import java.time.LocalTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Server-side checks of the needs-based talk's forms, and the talk's time once it is agreed. */
@Component("needsTalkFormsListener")
class NeedsTalkFormsListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        switch (task.getTaskDefinitionKey()) {
            case "guardiansAnswer" -> {
                if (in.requiredChoice("wantTalk", "Ønsker I en samtale?")) {
                    in.requiredText("guardiansAbout", "Hvad vil I tale om?", FormInput.MAX_TEXT);
                }
            }
            case "teamAnswers" -> {
                if (in.requiredChoice("teamWantsTalk", "Ønsker klasseteamet en samtale?")) {
                    in.requiredText("teamAbout", "Hvad vil klasseteamet tale om?", FormInput.MAX_TEXT);
                }
            }
            case "proposeTime" -> {
                LocalDate date = in.requiredDate("talkDate", "Dato");
                LocalTime time = in.requiredTime("talkTime", "Tidspunkt");
                in.requiredText("talkPlace", "Sted", 200);
                if (date.isBefore(EngineDates.today())) {
                    throw FormInput.refused("Datoen er overskredet; foreslå en dato fra i dag.");
                }
                LocalDate lastDay = ClassYearKey.parse(task.getExecution().getProcessBusinessKey()).year().end();
                if (date.isAfter(lastDay)) {
                    throw FormInput.refused("Datoen ligger efter skoleårets sidste dag (" + DanishDates.day(lastDay)
                            + "); foreslå en dato i dette skoleår.");
                }
                task.getExecution().setVariable("talkStart", EngineDates.at(date.atTime(time)));
            }
            case "acceptTime" -> {
                if (!in.requiredChoice("timeAccepted", "Passer tiden?")) {
                    in.requiredText("alternativeTime", "Hvilken tid passer jer?", 500);
                }
            }
            case "recordTalk" -> {
                in.requiredText("summary", "Hvad talte I om", FormInput.MAX_TEXT);
                in.optionalText("agreements", "Aftaler", FormInput.MAX_TEXT);
                in.optionalText("strengths", "Elevens styrker", FormInput.MAX_TEXT);
            }
            default -> throw new IllegalStateException("Ingen kontrol for opgaven " + task.getTaskDefinitionKey());
        }
    }
}
