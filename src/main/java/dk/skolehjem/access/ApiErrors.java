package dk.skolehjem.access;

import dk.skolehjem.roster.ForbiddenException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Turns the API's refusals into RFC 9457 problem answers with Danish texts, the same shape everywhere. */
@RestControllerAdvice(basePackages = "dk.skolehjem")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "Ingen adgang", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badInput(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Ugyldigt input", e.getMessage());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e) {
        return problem(
                HttpStatus.BAD_REQUEST, "Fil mangler", "Filen '" + e.getRequestPartName() + "' mangler i upload.");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "For stor fil", "Filerne er for store til at blive indlæst.");
    }

    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ProblemDetail unreadable(Exception e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "Ugyldigt indhold",
                "Indholdet kunne ikke læses: det er ikke gyldig JSON " + "i den forventede form.");
    }

    @ExceptionHandler(org.springframework.web.HttpMediaTypeNotSupportedException.class)
    ProblemDetail contentType(org.springframework.web.HttpMediaTypeNotSupportedException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "Forkert indholdstype",
                "Indholdstypen " + e.getContentType() + " kan ikke bruges her; send " + e.getSupportedMediaTypes()
                        + ".");
    }

    @ExceptionHandler(org.springframework.web.bind.MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(org.springframework.web.bind.MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "Felt mangler", "Feltet '" + e.getParameterName() + "' mangler.");
    }

    @ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongType(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Ugyldigt input", "Feltet '" + e.getName() + "' har en ugyldig værdi.");
    }

    @ExceptionHandler(org.springframework.web.HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(org.springframework.web.HttpRequestMethodNotSupportedException e) {
        return problem(
                HttpStatus.METHOD_NOT_ALLOWED,
                "Metode ikke tilladt",
                "Metoden " + e.getMethod() + " kan ikke bruges her.");
    }

    /**
     * A controller's own "not found" or "not allowed" (e.g. a child that is not the person's): in Danish, as a page
     * for a browser and as a problem answer for everything else.
     */
    @ExceptionHandler(org.springframework.web.server.ResponseStatusException.class)
    Object status(
            org.springframework.web.server.ResponseStatusException e,
            jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        int status = e.getStatusCode().value();
        String detail = e.getReason() != null
                ? e.getReason()
                : status == 404
                        ? "Det, du leder efter, findes ikke, eller det er ikke til dig."
                        : "Anmodningen kunne ikke udføres.";
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
            Refusals.page(response, status, Problems.title(status), detail);
            return null;
        }
        return problem(HttpStatus.valueOf(status), Problems.title(status), detail);
    }

    /**
     * The database could not take the request in time (every connection busy, a lock wait, a dropped connection):
     * nothing was changed, and the person is told to try again rather than shown an error (503, Retry-After).
     */
    @ExceptionHandler({
        org.springframework.dao.TransientDataAccessException.class,
        org.springframework.jdbc.CannotGetJdbcConnectionException.class
    })
    Object busy(
            Exception e,
            jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        response.setHeader("Retry-After", "5");
        return answer(
                HttpStatus.SERVICE_UNAVAILABLE,
                "Der er travlt",
                "Skole-hjem har travlt lige nu, og intet blev gemt. Prøv igen om et øjeblik.",
                request,
                response);
    }

    /** Two people changed the same thing at the same moment: the later one changed nothing and is told so (409). */
    @ExceptionHandler(org.camunda.bpm.engine.OptimisticLockingException.class)
    Object concurrent(
            Exception e,
            jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        return answer(
                HttpStatus.CONFLICT,
                "Ændret samtidig",
                "En anden ændrede det samme i samme øjeblik, og dit svar blev ikke gemt. Hent siden igen.",
                request,
                response);
    }

    private static Object answer(
            HttpStatus status,
            String title,
            String detail,
            jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
            Refusals.page(response, status.value(), title, detail);
            return null;
        }
        return problem(status, title, detail);
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        return p;
    }
}
