package dk.skolehjem.policy;

import dk.skolehjem.calendar.Holiday;
import dk.skolehjem.calendar.SchoolYear;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks a parsed policy for what YAML parsing cannot: required fields, windows that run forwards, sane periods. */
final class PolicyValidator {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Any school year does: windows are checked in school-year order, which is the same every year. */
    private static final SchoolYear SAMPLE = new SchoolYear(2026);

    private final List<String> problems = new ArrayList<>();

    static List<String> problemsOf(SchoolPolicy p, String expectedId) {
        var v = new PolicyValidator();
        v.check(p, expectedId);
        return v.problems;
    }

    private void check(SchoolPolicy p, String expectedId) {
        if (blank(p.id())) {
            missing("id");
        } else if (!ID.matcher(p.id()).matches()) {
            problems.add("feltet 'id' skal være små bogstaver, tal og bindestreger, ikke '" + p.id() + "'");
        } else if (expectedId != null && !p.id().equals(expectedId)) {
            problems.add("feltet 'id' er '" + p.id() + "', men filen hedder " + expectedId + ".yaml");
        }
        if (blank(p.name())) {
            missing("name");
        }
        if (p.yearPlan() == null) {
            missing("yearPlan");
        } else {
            required("yearPlan.dueBy", p.yearPlan().dueBy());
            positive("yearPlan.lateStartGrace", p.yearPlan().lateStartGrace());
        }
        checkParentMeeting(p.parentMeeting());
        checkConference(p.conference());
        if (p.needsTalk() == null) {
            missing("needsTalk");
        } else if (p.needsTalk().enabled()) {
            required("needsTalk.offerOn", p.needsTalk().offerOn());
            positive("needsTalk.answerWithin", p.needsTalk().answerWithin());
        }
        if (p.learningConversation() == null) {
            missing("learningConversation");
        } else if (p.learningConversation().enabled()) {
            window("learningConversation.window", p.learningConversation().window());
        }
        if (p.weeklyPlan() == null) {
            missing("weeklyPlan");
        } else if (p.weeklyPlan().enabled()) {
            required("weeklyPlan.dueDay", p.weeklyPlan().dueDay());
            required("weeklyPlan.dueTime", p.weeklyPlan().dueTime());
        }
        if (p.concern() == null) {
            missing("concern");
        } else {
            Integer days = p.concern().contactGuardiansWithinSchoolDays();
            if (days == null) {
                missing("concern.contactGuardiansWithinSchoolDays");
            } else if (days < 1 || days > 20) {
                problems.add("feltet 'concern.contactGuardiansWithinSchoolDays' skal være 1-20, ikke " + days);
            }
            positive("concern.followUpAfter", p.concern().followUpAfter());
            Integer consent = p.concern().consentWithinSchoolDays();
            if (consent == null) {
                missing("concern.consentWithinSchoolDays");
            } else if (consent < 1 || consent > 20) {
                problems.add("feltet 'concern.consentWithinSchoolDays' skal være 1-20, ikke " + consent);
            }
            Period retention = p.concern().retention();
            positive("concern.retention", retention);
            if (retention != null && retention.toTotalMonths() > 120) {
                // the process history is kept ten years at most (historyTimeToLive of "concern"), so no longer
                problems.add("feltet 'concern.retention' må højst være 10 år (P10Y), ikke " + retention);
            }
        }
        if (p.reminders() == null) {
            missing("reminders");
        } else {
            positive("reminders.before", p.reminders().before());
            positive("reminders.escalateAfter", p.reminders().escalateAfter());
        }
        checkHolidays(p.holidays());
        if (p.informing() != null && p.informing().perYear() != null) {
            Integer n = p.informing().perYear();
            if (n < 1 || n > 6) {
                problems.add("feltet 'informing.perYear' skal være 1-6, ikke " + n);
            }
        }
        checkPromises(p);
    }

    /**
     * Only the board's own words may be enforced: every promise quotes the principle exactly (checked against its
     * text, spaces and line breaks aside), says where the words stand, and keeps settings that exist and are on.
     */
    private void checkPromises(SchoolPolicy p) {
        List<SchoolPolicy.Promise> promises = p.promises();
        SchoolPolicy.Principle principle = p.principle();
        if (principle != null) {
            if (principle.approved() != null
                    && principle.revised() != null
                    && principle.revised().isBefore(principle.approved())) {
                problems.add("feltet 'principle.revised' (" + principle.revised()
                        + ") ligger før 'principle.approved' (" + principle.approved() + ")");
            }
        }
        if (promises.isEmpty()) {
            return;
        }
        String text = principle == null ? null : principle.text();
        if (principle == null) {
            problems.add("politikken lover noget, men feltet 'principle' mangler (princippets titel og tekst)");
        } else if (blank(text)) {
            problems.add("princippets tekst mangler (feltet 'principle.text' eller filen principles/" + p.id()
                    + ".txt), så løfternes citater kan ikke kontrolleres");
        }
        String compactText = blank(text) ? null : compact(text);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < promises.size(); i++) {
            SchoolPolicy.Promise promise = promises.get(i);
            String at = "promises[" + i + "]";
            if (promise == null) {
                problems.add("feltet '" + at + "' er tomt");
                continue;
            }
            if (blank(promise.id())) {
                missing(at + ".id");
            } else if (!ids.add(promise.id())) {
                problems.add("løftet '" + promise.id() + "' findes to gange");
            }
            if (blank(promise.quote())) {
                problems.add("feltet '" + at + ".quote' mangler: et løfte skal citere princippets egne ord");
            } else if (compactText != null && !compactText.contains(compact(promise.quote()))) {
                problems.add("citatet i '" + at + ".quote' står ikke ordret i princippet: \"" + promise.quote() + "\"");
            }
            if (blank(promise.where())) {
                problems.add("feltet '" + at + ".where' mangler: skriv hvor i princippet ordene står");
            }
            for (String key : promise.keeps()) {
                var setting = Promised.of(key);
                if (setting.isEmpty()) {
                    problems.add(
                            "feltet '" + at + ".keeps' nævner '" + key + "', som ikke er en indstilling; brug en af "
                                    + java.util.Arrays.stream(Promised.values())
                                            .map(Promised::key)
                                            .toList());
                } else if (!isOn(p, setting.get())) {
                    problems.add(
                            "løftet i '" + at + "' holdes af '" + key + "', men den er slået fra eller ikke udfyldt");
                }
            }
        }
    }

    private static boolean isOn(SchoolPolicy p, Promised setting) {
        String section = setting.key().contains(".")
                ? setting.key().substring(0, setting.key().indexOf('.'))
                : setting.key();
        return switch (section) {
            case "yearPlan" -> p.yearPlan() != null;
            case "parentMeeting" ->
                p.parentMeeting() != null && p.parentMeeting().enabled() && meetingHas(p, setting);
            case "conference" -> p.conference() != null && p.conference().enabled();
            case "needsTalk" -> p.needsTalk() != null && p.needsTalk().enabled();
            case "learningConversation" ->
                p.learningConversation() != null && p.learningConversation().enabled();
            case "weeklyPlan" -> p.weeklyPlan() != null && p.weeklyPlan().enabled();
            case "informing" -> p.informedPerYear() > 0;
            default -> false;
        };
    }

    private static boolean meetingHas(SchoolPolicy p, Promised setting) {
        SchoolPolicy.ParentMeeting m = p.parentMeeting();
        return switch (setting) {
            case COUNCIL_AGENDA_REQUEST -> m.councilAgendaRequest();
            case DATE_WITH_CONTACT_PARENTS -> m.agreeDateWithContactParents();
            case COMMUNICATION_AGREEMENTS -> !m.communicationAgreements().isEmpty();
            case MEETING_THEMES -> !m.themes().isEmpty();
            case SUPPLEMENTARY_EVENTS -> m.supplementaryEvents();
            default -> true;
        };
    }

    /** The text without spaces and line breaks: a quote copied from a PDF keeps its words, not its line breaks. */
    private static String compact(String s) {
        return s.replaceAll("[\\s\\u00a0]+", "");
    }

    private void checkParentMeeting(SchoolPolicy.ParentMeeting m) {
        if (m == null) {
            missing("parentMeeting");
            return;
        }
        if (!m.enabled()) {
            return;
        }
        required("parentMeeting.heldBy", m.heldBy());
        perYear("parentMeeting.perYear", m.perYear());
        if (m.perYear() != null && m.perYear() > 1 && m.laterHeldBy().size() < m.perYear() - 1) {
            problems.add("feltet 'parentMeeting.laterHeldBy' skal have en dato for hvert møde efter det første ("
                    + (m.perYear() - 1) + "), ikke " + m.laterHeldBy().size());
        }
        MonthDay previous = m.heldBy();
        for (int i = 0; i < m.laterHeldBy().size(); i++) {
            MonthDay next = m.laterHeldBy().get(i);
            if (next == null) {
                problems.add("feltet 'parentMeeting.laterHeldBy[" + i + "]' er tomt");
            } else if (previous != null && !SAMPLE.date(next).isAfter(SAMPLE.date(previous))) {
                problems.add("feltet 'parentMeeting.laterHeldBy[" + i + "]' (" + show(next)
                        + ") skal ligge efter det forrige mødes frist (" + show(previous) + ") i skoleåret");
            }
            previous = next == null ? previous : next;
        }
        for (int i = 0; i < m.themes().size(); i++) {
            String theme = m.themes().get(i);
            if (theme == null || theme.isBlank()) {
                problems.add("feltet 'parentMeeting.themes[" + i + "]' er tomt");
            } else if (theme.length() > MAX_AGREEMENT_LENGTH) {
                problems.add(
                        "feltet 'parentMeeting.themes[" + i + "]' må højst være " + MAX_AGREEMENT_LENGTH + " tegn");
            }
        }
        if (m.councilAgendaRequest()) {
            positive("parentMeeting.councilAnswerWithin", m.councilAnswerWithin());
        }
        List<String> agreements = m.communicationAgreements();
        if (agreements.size() > MAX_AGREEMENTS) {
            problems.add("feltet 'parentMeeting.communicationAgreements' må højst have " + MAX_AGREEMENTS
                    + " aftaler, ikke " + agreements.size());
        }
        for (int i = 0; i < agreements.size(); i++) {
            String at = "parentMeeting.communicationAgreements[" + i + "]";
            if (agreements.get(i) == null || agreements.get(i).isBlank()) {
                problems.add("feltet '" + at + "' er tomt");
            } else if (agreements.get(i).length() > MAX_AGREEMENT_LENGTH) {
                problems.add("feltet '" + at + "' må højst være " + MAX_AGREEMENT_LENGTH + " tegn");
            }
        }
    }

    private static final int MAX_AGREEMENTS = 12;
    private static final int MAX_AGREEMENT_LENGTH = 300;

    private void checkConference(SchoolPolicy.Conference c) {
        if (c == null) {
            missing("conference");
            return;
        }
        if (!c.enabled()) {
            return;
        }
        perYear("conference.perYear", c.perYear());
        window("conference.window", c.window());
        positive("conference.bookingOpenFor", c.bookingOpenFor());
        positive("conference.reminderBefore", c.reminderBefore());
        if (c.formats() == null || c.formats().isEmpty()) {
            missing("conference.formats");
        } else {
            for (int i = 0; i < c.formats().size(); i++) {
                if (ConferenceFormat.of(c.formats().get(i)).isEmpty()) {
                    problems.add("feltet 'conference.formats[" + i + "]' skal være en af "
                            + java.util.Arrays.stream(ConferenceFormat.values())
                                    .map(ConferenceFormat::value)
                                    .sorted()
                                    .toList()
                            + ", ikke '" + c.formats().get(i) + "'");
                }
            }
        }
    }

    private void checkHolidays(List<Holiday> holidays) {
        if (holidays == null) {
            return;
        }
        for (int i = 0; i < holidays.size(); i++) {
            Holiday h = holidays.get(i);
            String at = "holidays[" + i + "]";
            if (h == null) {
                problems.add("feltet '" + at + "' er tomt");
                continue;
            }
            if (blank(h.name())) {
                missing(at + ".name");
            }
            int kinds = (h.week() != null ? 1 : 0)
                    + (h.movable() != null ? 1 : 0)
                    + (h.from() != null || h.to() != null ? 1 : 0);
            if (kinds != 1) {
                problems.add("feltet '" + at + "' skal have netop én af: week, from/to eller movable");
            } else if (h.week() != null && (h.week() < 1 || h.week() > 52)) {
                problems.add("feltet '" + at + ".week' skal være 1-52, ikke " + h.week());
            } else if (h.from() != null || h.to() != null) {
                window(at, new SchoolPolicy.Window(h.from(), h.to()));
            }
        }
    }

    private void window(String field, SchoolPolicy.Window w) {
        if (w == null) {
            missing(field);
            return;
        }
        required(field + ".from", w.from());
        required(field + ".to", w.to());
        if (w.from() != null && w.to() != null && SAMPLE.date(w.to()).isBefore(SAMPLE.date(w.from()))) {
            problems.add("feltet '" + field + "' slutter (" + show(w.to()) + ") før det begynder (" + show(w.from())
                    + ") i skoleåret (1. august - 31. juli)");
        }
    }

    private void perYear(String field, Integer n) {
        if (n == null) {
            missing(field);
        } else if (n < 1 || n > 4) {
            problems.add("feltet '" + field + "' skal være 1-4, ikke " + n);
        }
    }

    private void positive(String field, Period p) {
        if (p == null) {
            missing(field);
        } else if (p.isNegative() || p.isZero()) {
            problems.add("feltet '" + field + "' skal være en positiv periode (fx P7D), ikke " + p);
        }
    }

    private void required(String field, Object value) {
        if (value == null) {
            missing(field);
        }
    }

    private void missing(String field) {
        problems.add("feltet '" + field + "' mangler");
    }

    private static String show(MonthDay md) {
        return String.format("%02d-%02d", md.getMonthValue(), md.getDayOfMonth());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
