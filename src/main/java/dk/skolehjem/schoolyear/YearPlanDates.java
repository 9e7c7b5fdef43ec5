package dk.skolehjem.schoolyear;

import java.time.LocalDate;

/** The dates one class's school-year process runs on, computed from the school's policy. */
record YearPlanDates(LocalDate yearPlanDue, LocalDate schoolYearEnd, String conferencePlan, String parentMeetingBy) {}
