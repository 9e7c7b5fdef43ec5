package dk.skolehjem.engine;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A refusal of what a person submitted, in Danish, that the web layer answers as HTTP 400 with just this message.
 * Which fields a form has, their labels and limits are the form's ({@link FormDefinition}, {@link FormCheck}).
 */
public final class FormInput {

    /** The longest text a field takes when its form sets no {@code maxLength}. */
    public static final int MAX_TEXT = 4000;

    private FormInput() {}

    /** Request attribute holding the refusal, so the HTTP answer can be a 400 with just this message. */
    public static final String REFUSAL_ATTRIBUTE = FormInput.class.getName() + ".refusal";

    public static BadUserRequestException refused(String message) {
        // the engine wraps a listener's exception into a generic 500; the web layer turns it back into this answer
        var request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(
                    REFUSAL_ATTRIBUTE,
                    message,
                    org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        }
        return new BadUserRequestException(message);
    }
}
