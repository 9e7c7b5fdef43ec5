package dk.skolehjem.roster;

/** The caller is known but may not do this; answered with 403 and a Danish explanation. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
