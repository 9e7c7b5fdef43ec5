package dk.skolehjem.engine;

import java.time.Instant;

/**
 * Something the principle cares about that happened: a parent meeting held, a conference held, a weekly plan
 * published. {@code businessKey} is the class's ({@code 2026-27:demo:5.A}) or a student's ({@code ...:5.A:e1});
 * {@code by} is who completed the step, when a person did; {@code ref} points at the instance (or the record).
 */
public record Occurrence(What what, String businessKey, Instant at, String by, String ref) {

    /** The kinds of event compliance measures promises by. */
    public enum What {
        YEAR_STARTED,
        YEAR_PLAN_DONE,
        COUNCIL_ASKED,
        MEETING_AGREED_WITH_COUNCIL,
        INVITATION_SENT,
        PARENT_MEETING_HELD,
        CONFERENCE_HELD,
        NEEDS_TALK_OFFERED,
        NEEDS_TALK_HELD,
        LEARNING_CONVERSATION_HELD,
        WEEKLY_PLAN_PUBLISHED
    }
}
