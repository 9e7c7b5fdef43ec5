package dk.skolehjem.minutes;

import dk.skolehjem.roster.CurrentUser;
import dk.skolehjem.roster.ForbiddenException;
import dk.skolehjem.roster.GroupIds;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Documents over HTTP: download one (audited), list a student's or a class's, correct one. A document the caller
 * may not read answers 404, exactly like one that does not exist.
 */
@RestController
class MinutesController {

    /** A document in a list: its description, and whether a newer version replaced it. */
    record Listed(StoredDocument document, String replacedBy, String href) {}

    private final MinutesService minutes;
    private final DocumentAccess access;

    MinutesController(MinutesService minutes, DocumentAccess access) {
        this.minutes = minutes;
        this.access = access;
    }

    @GetMapping("/api/minutes/{id}")
    ResponseEntity<byte[]> download(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user, @PathVariable String id) {
        StoredDocument d = readable(user, id);
        minutes.logDownload(d.id(), user.id());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(d.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .header("X-Content-SHA256", d.sha256())
                .body(minutes.content(d.id()));
    }

    @GetMapping(path = "/api/minutes", params = "student")
    List<Listed> forStudent(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @RequestParam String school,
            @RequestParam String student) {
        return listed(user, minutes.forStudent(school, student));
    }

    @GetMapping(path = "/api/minutes", params = "class")
    List<Listed> forClass(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @RequestParam String school,
            @RequestParam("class") String classCode) {
        return listed(user, minutes.forClass(school, classCode));
    }

    /** A correction: a new version that points to the old one. For the class's team and the school's leadership. */
    @PostMapping("/api/minutes/{id}/corrections")
    ResponseEntity<StoredDocument> correct(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @PathVariable String id,
            @RequestBody MeetingDocument corrected) {
        StoredDocument d = readable(user, id);
        boolean staff = user.groups().contains(GroupIds.leadership(d.schoolId()))
                || (d.classCode() != null && user.groups().contains(GroupIds.team(d.schoolId(), d.classCode())));
        if (!staff) {
            throw new ForbiddenException("Kun klassens team og skolens ledelse kan rette et dokument.");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(minutes.correct(id, corrected, user.id()).document());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound() {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Dokumentet findes ikke.");
        p.setTitle("Ikke fundet");
        return p;
    }

    @ExceptionHandler(MinutesService.AlreadyCorrected.class)
    ProblemDetail conflict(MinutesService.AlreadyCorrected e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Allerede rettet");
        return p;
    }

    private StoredDocument readable(CurrentUser user, String id) {
        return minutes.find(id).filter(d -> access.canRead(user, d)).orElseThrow(NotFound::new);
    }

    private List<Listed> listed(CurrentUser user, List<StoredDocument> documents) {
        return documents.stream()
                .filter(d -> access.canRead(user, d))
                .map(d -> new Listed(d, minutes.replacedBy(d.id()).orElse(null), "/api/minutes/" + d.id()))
                .toList();
    }

    /** Not there, or not for this caller: the same answer. */
    static final class NotFound extends RuntimeException {
        NotFound() {
            super("Dokumentet findes ikke");
        }
    }
}
