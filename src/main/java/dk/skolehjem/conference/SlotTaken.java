package dk.skolehjem.conference;

/** Another family was faster, or the child already has a time: the booking is refused and nothing changed. */
class SlotTaken extends RuntimeException {

    SlotTaken(String message) {
        super(message);
    }
}
