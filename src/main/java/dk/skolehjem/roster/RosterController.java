package dk.skolehjem.roster;

import java.io.IOException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Upload of a school's roster export (multipart: students, staff, councils, optionally schools); leadership and admin only. */
@RestController
class RosterController {

    private final RosterImportService imports;

    RosterController(RosterImportService imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/api/roster/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importRoster(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @RequestPart(name = "schools", required = false) MultipartFile schools,
            @RequestPart("students") MultipartFile students,
            @RequestPart("staff") MultipartFile staff,
            @RequestPart("councils") MultipartFile councils)
            throws IOException {
        if (!user.isAdmin() && user.groups().stream().noneMatch(g -> g.startsWith("leadership-"))) {
            throw new ForbiddenException(
                    "Kun skolens ledelse og administratorer kan indlæse elev- og personalelister.");
        }
        Roster roster = imports.check(new RosterFiles(bytes(schools), bytes(students), bytes(staff), bytes(councils)));
        if (!user.isAdmin()) {
            for (String school : roster.schoolIds()) {
                if (!user.leads(school)) {
                    throw new ForbiddenException(
                            "Du er ikke leder på skolen '" + school + "' og kan ikke indlæse dens lister.");
                }
            }
            if (!roster.schools().isEmpty()) {
                throw new ForbiddenException("Kun administratorer kan oprette skoler (schools.csv).");
            }
        }
        return imports.apply(roster);
    }

    @ExceptionHandler(RosterImportException.class)
    ProblemDetail rejected(RosterImportException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "Importen blev afvist, og intet er ændret. Ret de "
                        + e.problems().size() + " fejl og prøv igen.");
        p.setTitle("Fejl i filerne");
        p.setProperty("problems", e.problems());
        return p;
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail conflict(DuplicateKeyException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "En anden import af samme skole kørte samtidig. Intet er ændret; prøv igen.");
        p.setTitle("Samtidig import");
        return p;
    }

    private static byte[] bytes(MultipartFile file) throws IOException {
        return file == null ? null : file.getBytes();
    }
}
