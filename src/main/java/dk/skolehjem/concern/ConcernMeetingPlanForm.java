package dk.skolehjem.concern;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormInput;
import dk.skolehjem.engine.FormRule;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Leadership plans a meeting ({@code concern-plan-meeting}) or the network meeting ({@code concern-plan-network},
 * which also names the external participants): not in the past, and its time and place on the process.
 */
@Component
class ConcernMeetingPlanForm implements FormRule {

    private static final String EXTERNAL = "externalParticipants";

    @Override
    public Set<String> forms() {
        return Set.of("concern-plan-meeting", "concern-plan-network");
    }

    @Override
    public void apply(FormAnswers answers) {
        LocalDate date = answers.requiredDate("meetingDate");
        LocalTime time = answers.requiredTime("meetingTime");
        String place = answers.requiredText("meetingPlace");
        if (date.isBefore(EngineDates.today())) {
            throw answers.refused("meetingDate", "ligger i fortiden; vælg en dato fra i dag.");
        }
        if (answers.form().has(EXTERNAL)) {
            try {
                ExternalParticipants.parse(answers.text(EXTERNAL));
            } catch (IllegalArgumentException e) {
                throw FormInput.refused("Feltet '" + answers.label(EXTERNAL) + "'" + e.getMessage());
            }
        }
        answers.set("meetingStart", EngineDates.at(date.atTime(time)));
        answers.set(
                "meetingWhen",
                DanishDates.day(date) + String.format(" kl. %02d.%02d", time.getHour(), time.getMinute()));
        answers.set("meetingPlace", place);
    }
}
