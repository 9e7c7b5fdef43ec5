package dk.skolehjem.roster;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A validated roster as read from one import's files: what the schools in it look like now. */
record Roster(
        Set<String> schoolIds,
        List<School> schools,
        List<SchoolClass> classes,
        List<Student> students,
        List<Guardian> guardians,
        List<Custody> custodies,
        List<Staff> staff,
        List<TeamMember> teamMembers,
        List<CouncilMember> councilMembers,
        Map<String, Source> personSources) {

    /** Where a person id first appears in the files, for problems found after parsing. */
    record Source(String file, int line, String field) {}

    /** A school: its id, name and the principle (policy) it keeps. */
    record School(String id, String name, String policyId) {}

    /** A class of a school, e.g. 5.A (grade 5, letter A). */
    record SchoolClass(String schoolId, String code, int grade, String letter) {}

    /** A student and the class they are in. */
    record Student(String schoolId, String id, String name, String classCode) {}

    /** A guardian and how to reach them. */
    record Guardian(String schoolId, String id, String name, String email, String phone) {}

    /** Whether a guardian has custody of a student (only those with custody get the child's data). */
    record Custody(String schoolId, String studentId, String guardianId, boolean custody) {}

    /** A member of staff and their role at the school. */
    record Staff(String schoolId, String id, String name, String email, StaffRole role) {}

    /** A member of staff in a class team. */
    record TeamMember(String schoolId, String classCode, String staffId) {}

    /** A guardian on a class's parent council. */
    record CouncilMember(String schoolId, String classCode, String guardianId) {}

    /** The part of the roster about one school: what one school's transaction writes. */
    Roster of(String schoolId) {
        Set<String> persons = new java.util.HashSet<>();
        guardians.stream().filter(g -> g.schoolId().equals(schoolId)).forEach(g -> persons.add(g.id()));
        staff.stream().filter(p -> p.schoolId().equals(schoolId)).forEach(p -> persons.add(p.id()));
        students.stream().filter(p -> p.schoolId().equals(schoolId)).forEach(p -> persons.add(p.id()));
        Map<String, Source> sources = new java.util.LinkedHashMap<>();
        personSources.forEach((id, source) -> {
            if (persons.contains(id)) {
                sources.put(id, source);
            }
        });
        return new Roster(
                Set.of(schoolId),
                schools.stream().filter(x -> x.id().equals(schoolId)).toList(),
                classes.stream().filter(x -> x.schoolId().equals(schoolId)).toList(),
                students.stream().filter(x -> x.schoolId().equals(schoolId)).toList(),
                guardians.stream().filter(x -> x.schoolId().equals(schoolId)).toList(),
                custodies.stream().filter(x -> x.schoolId().equals(schoolId)).toList(),
                staff.stream().filter(x -> x.schoolId().equals(schoolId)).toList(),
                teamMembers.stream().filter(x -> x.schoolId().equals(schoolId)).toList(),
                councilMembers.stream()
                        .filter(x -> x.schoolId().equals(schoolId))
                        .toList(),
                sources);
    }
}
