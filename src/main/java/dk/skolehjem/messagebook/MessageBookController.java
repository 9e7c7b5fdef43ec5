package dk.skolehjem.messagebook;

import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.roster.CurrentUser;
import dk.skolehjem.roster.ForbiddenException;
import dk.skolehjem.roster.RosterRepository;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The message book over HTTP: read (team, leadership, guardians with custody), write and check (team, leadership). */
@RestController
class MessageBookController {

    private final MessageBookService messageBook;
    private final MessageBookAccess access;
    private final Clock clock;

    MessageBookController(MessageBookService messageBook, MessageBookAccess access, Clock clock) {
        this.messageBook = messageBook;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/api/message-book")
    List<MessageBookEntry> entries(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @RequestParam String school,
            @RequestParam String student,
            @RequestParam(required = false) String year) {
        RosterRepository.StudentRow s = readable(user, school, student);
        messageBook.logRead(s.schoolId(), s.id(), user.id(), "json");
        return messageBook.entries(s.schoolId(), s.id(), year(year));
    }

    @PostMapping("/api/message-book")
    ResponseEntity<MessageBookEntry> write(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @RequestParam String school,
            @RequestParam String student,
            @RequestBody NewEntry entry) {
        RosterRepository.StudentRow s = readable(user, school, student);
        if (!access.canWrite(user, s)) {
            throw new ForbiddenException("Kun klassens team og skolens ledelse skriver i meddelelsesbogen.");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(messageBook.write(s.schoolId(), s.id(), entry, user.id(), null));
    }

    @GetMapping("/api/message-book/completeness")
    Completeness completeness(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @RequestParam String school,
            @RequestParam String student,
            @RequestParam(required = false) String year) {
        RosterRepository.StudentRow s = readable(user, school, student);
        if (!access.canWrite(user, s)) {
            throw new ForbiddenException("Status for meddelelsesbogen er for klassens team og skolens ledelse.");
        }
        return messageBook.completeness(s.schoolId(), s.id(), year(year));
    }

    @GetMapping("/api/message-book/pdf")
    ResponseEntity<byte[]> pdf(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @RequestParam String school,
            @RequestParam String student,
            @RequestParam(required = false) String year) {
        RosterRepository.StudentRow s = readable(user, school, student);
        SchoolYear schoolYear = year(year);
        String fileName = "meddelelsesbog-" + s.classCode().replace(".", "") + "-" + schoolYear + ".pdf";
        messageBook.logRead(s.schoolId(), s.id(), user.id(), "pdf");
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .body(messageBook.yearPdf(s.schoolId(), s.id(), schoolYear));
    }

    @ExceptionHandler(EntryRejected.class)
    ProblemDetail rejected(EntryRejected e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "Indførslen blev ikke gemt. Ret " + e.problems().size() + " fejl og prøv igen.");
        p.setTitle("Fejl i indførslen");
        p.setProperty("problems", e.problems());
        return p;
    }

    @ExceptionHandler(StudentNotFound.class)
    ProblemDetail notFound() {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Eleven findes ikke.");
        p.setTitle("Ikke fundet");
        return p;
    }

    private RosterRepository.StudentRow readable(CurrentUser user, String school, String student) {
        return access.readable(user, school, student).orElseThrow(StudentNotFound::new);
    }

    private SchoolYear year(String year) {
        return year == null || year.isBlank() ? SchoolYear.of(LocalDate.now(clock)) : SchoolYear.parse(year);
    }

    /** Not there, or not for this caller. */
    static final class StudentNotFound extends RuntimeException {
        StudentNotFound() {
            super("Eleven findes ikke");
        }
    }
}
