package dk.skolehjem.needstalk;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormInput;
import dk.skolehjem.engine.FormRule;
import dk.skolehjem.roster.ClassYearKey;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The team proposes a time ({@code needs-talk-propose}): from today and within the school year, then the talk's time. */
@Component
class NeedsTalkProposeForm implements FormRule {

    @Override
    public Set<String> forms() {
        return Set.of("needs-talk-propose");
    }

    @Override
    public void apply(FormAnswers answers) {
        LocalDate date = answers.requiredDate("talkDate");
        LocalTime time = answers.requiredTime("talkTime");
        if (date.isBefore(EngineDates.today())) {
            throw FormInput.refused("Datoen er overskredet; foreslå en dato fra i dag.");
        }
        LocalDate lastDay = ClassYearKey.parse(answers.execution().getProcessBusinessKey())
                .year()
                .end();
        if (date.isAfter(lastDay)) {
            throw FormInput.refused("Datoen ligger efter skoleårets sidste dag (" + DanishDates.day(lastDay)
                    + "); foreslå en dato i dette skoleår.");
        }
        answers.set("talkStart", EngineDates.at(date.atTime(time)));
    }
}
